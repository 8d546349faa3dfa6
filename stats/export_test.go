package stats

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/network"
)

// pdfText is the PDF's text as pdftotext (poppler-utils) reads it.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatalf("pdftotext (poppler-utils) is needed to read the summary back; scripts/deps.sh test installs it: %v", err)
	}
	out, err := exec.Command(tool, "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	// Every CSV opens with the UTF-8 BOM, for Excel on Windows.
	if bom, err := r.Peek(len(utf8BOM)); err != nil || string(bom) != utf8BOM {
		t.Fatalf("%s starts %q, want the UTF-8 BOM", path, bom)
	}
	r.Discard(len(utf8BOM)) //nolint:errcheck // just peeked: the bytes are there
	raw, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(string(raw), "\r\n") || strings.Count(string(raw), "\n") != strings.Count(string(raw), "\r\n") {
		t.Errorf("%s: lines do not all end CRLF", path)
	}
	rows, err := csv.NewReader(strings.NewReader(string(raw))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestExportWritesThePDFAndBothCSVsFromTheMonth(t *testing.T) {
	e, _ := seedNovember(t)
	dir := t.TempDir()
	var steps []string
	res, err := e.svc.Export(context.Background(), MonthID{2026, time.November}, dir, []Format{FormatPDF, FormatCSV},
		func(step string, _ float64) { steps = append(steps, step) })
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Files) != 3 || len(steps) < 4 {
		t.Fatalf("files %v steps %v", res.Files, steps)
	}

	t.Run("the PDF names the clinic and the month, and shows the totals", func(t *testing.T) {
		text := pdfText(t, filepath.Join(dir, "summary-2026-11.pdf"))
		norm := strings.Join(strings.Fields(text), " ")
		for _, want := range []string{
			"Maple Grove Family Clinic", "November 2026", "October 2026",
			"Posts published 6 1 +5",
			"Likes 46 6 +40",
			"Reposts and shares 11 1 +10",
			"Replies and comments 6 1 +5",
			"Views (where reported) 400 not reported",
			"Engagement 65 8 +57",
			"Engagement per post 13.0 8.0 +5.0",
			"Follower change +20 0",
			"Inbox messages not available",
			"Too few posts",
			"Flu tips", "#flushots", "Patient story",
			"https://social.example/G",
			"Privacy findings kept by staff, with a reason 1",
			"Patient consents behind published posts 1",
			"Posts held back by a check 1",
			"Posts that failed to publish 1",
		} {
			if !strings.Contains(norm, want) {
				t.Errorf("the PDF's text has no %q:\n%s", want, text)
			}
		}
	})
	t.Run("posts CSV: one row per publication, empty when not reported", func(t *testing.T) {
		rows := readCSV(t, filepath.Join(dir, "posts-2026-11.csv"))
		if strings.Join(rows[0], ",") != "network,account,published_at,url,text,template,category,likes,reposts,replies,quotes,views" {
			t.Errorf("header %v", rows[0])
		}
		if len(rows) != 7 {
			t.Fatalf("%d rows, want 6 posts and the header", len(rows)-1)
		}
		first := rows[1] // B, 1 Nov 00:30 EDT
		if first[0] != "mastodon" || first[2] != "2026-11-01T00:30:00-04:00" || first[6] != "Patient story" ||
			first[7] != "10" || first[10] != "" || first[11] != "" {
			t.Errorf("first row %q", first)
		}
		last := rows[6] // C, 30 Nov 23:30 EST
		if last[0] != "bluesky" || last[2] != "2026-11-30T23:30:00-05:00" || last[5] != "Event invitation" || last[10] != "2" {
			t.Errorf("last row %q", last)
		}
		var sumLikes int
		for _, r := range rows[1:] {
			if r[7] != "" {
				var n int
				for _, c := range r[7] {
					n = n*10 + int(c-'0')
				}
				sumLikes += n
			}
		}
		if sumLikes != 46 {
			t.Errorf("likes in the CSV add up to %d, the month says 46", sumLikes)
		}
	})
	t.Run("accounts CSV", func(t *testing.T) {
		rows := readCSV(t, filepath.Join(dir, "accounts-2026-11.csv"))
		want := [][]string{
			{"network", "account", "followers_start", "followers_end", "posts", "likes", "reposts", "replies"},
			{"mastodon", "Maple Grove", "100", "120", "3", "14", "2", "1"},
			{"bluesky", "maplegrove.example", "50", "50", "2", "12", "4", "2"},
			{"facebook", "Maple Grove Family Clinic", "", "", "1", "20", "5", "3"},
		}
		for i := range want {
			if i >= len(rows) || strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
				t.Errorf("accounts CSV\n got %q\nwant %q", rows, want)
				break
			}
		}
	})
}

func TestExportOfAMonthWithoutDataSaysSo(t *testing.T) {
	e := newTestEnv(t)
	dir := t.TempDir()
	res, err := e.svc.Export(context.Background(), MonthID{2026, time.February}, dir, []Format{FormatPDF}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Month.HasData {
		t.Error("HasData")
	}
	text := pdfText(t, filepath.Join(dir, "summary-2026-02.pdf"))
	if !strings.Contains(text, "No data for February 2026") {
		t.Errorf("summary without data:\n%s", text)
	}
}

func TestExportCancelledLeavesNoFile(t *testing.T) {
	e, _ := seedNovember(t)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	_, err := e.svc.Export(ctx, MonthID{2026, time.November}, dir, []Format{FormatPDF, FormatCSV}, func(step string, _ float64) {
		if strings.Contains(step, "PDF") {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want cancelled", err)
	}
	files, _ := os.ReadDir(dir)
	for _, f := range files {
		if strings.HasPrefix(f.Name(), "posts-") || strings.HasPrefix(f.Name(), "accounts-") || strings.HasPrefix(f.Name(), ".") {
			t.Errorf("cancelled export left %s", f.Name())
		}
	}
}

func TestCSVCellsAreNotFormulas(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(1)": "'=HYPERLINK(1)", "+1": "'+1", "@x": "'@x", "Flu shots": "Flu shots", "": ""} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// Posts are written with emoji and scripts the summary's font lacks; the
// PDF is still written, with the rest of the text readable.
func TestPDFWithEmojiAndOtherScripts(t *testing.T) {
	e := newTestEnv(t)
	masto := e.addAccount(network.Mastodon, "Maple Grove")
	e.publish(masto, time.Date(2026, 11, 10, 15, 0, 0, 0, time.UTC), "E1", "Flu shots 💉 are in! 🎉 Vacunas contra la gripe: ¡ya! 流感疫苗 #FluShots", "", 0)
	e.nets[masto].set("E1", 5, 1, 0, -1, -1)
	e.setNow(time.Date(2026, 11, 12, 15, 0, 0, 0, time.UTC))
	if _, err := e.svc.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := e.svc.Export(context.Background(), MonthID{2026, time.November}, dir, []Format{FormatPDF}, nil); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, filepath.Join(dir, "summary-2026-11.pdf"))
	if !strings.Contains(text, "¡ya!") || !strings.Contains(text, "Flu shots") {
		t.Errorf("summary text:\n%s", text)
	}
	if got := drawable("A💉B 流感疫苗 C é"); got != "AB … C é" {
		t.Errorf("drawable = %q, want emoji left out and a left-out word marked", got)
	}
}
