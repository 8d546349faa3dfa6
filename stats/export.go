package stats

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Format is what an export writes.
type Format string

const (
	FormatPDF Format = "pdf" // summary-YYYY-MM.pdf
	FormatCSV Format = "csv" // posts-YYYY-MM.csv and accounts-YYYY-MM.csv
)

// ParseFormats reads "pdf,csv" (either, or both).
func ParseFormats(list string) ([]Format, error) {
	var out []Format
	for _, f := range strings.Split(list, ",") {
		switch Format(strings.ToLower(strings.TrimSpace(f))) {
		case FormatPDF:
			out = append(out, FormatPDF)
		case FormatCSV:
			out = append(out, FormatCSV)
		default:
			return nil, fmt.Errorf("%q is not a format: use pdf, csv or pdf,csv", strings.TrimSpace(f))
		}
	}
	return out, nil
}

// Progress hears how far an export is: the step, and the share done (0-1).
type Progress func(step string, done float64)

// ExportResult is what an export wrote.
type ExportResult struct {
	Month *Month
	Files []string // full paths, in the order written
}

// Export writes month m's summary into dir: summary-YYYY-MM.pdf and/or
// posts-YYYY-MM.csv and accounts-YYYY-MM.csv, every figure from one
// Month. Each file is written beside its final name and renamed when
// complete, so a cancelled or failed export leaves no half file. A month
// without data still gets a summary that says so (Month.HasData tells).
func (s *Service) Export(ctx context.Context, m MonthID, dir string, formats []Format, progress Progress) (ExportResult, error) {
	if progress == nil {
		progress = func(string, float64) {}
	}
	var res ExportResult
	progress("Reading "+m.Label(), 0)
	month, err := s.Month(ctx, m)
	if err != nil {
		return res, err
	}
	res.Month = month
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, fmt.Errorf("creating %s: %w", dir, err)
	}
	type job struct {
		name  string
		step  string
		write func(io.Writer) error
	}
	var jobs []job
	for _, f := range formats {
		switch f {
		case FormatPDF:
			jobs = append(jobs, job{"summary-" + m.String() + ".pdf", "Writing the PDF summary", func(w io.Writer) error { return WritePDF(w, month, s.now()) }})
		case FormatCSV:
			jobs = append(jobs, job{"posts-" + m.String() + ".csv", "Writing the posts", func(w io.Writer) error { return WritePostsCSV(w, month) }},
				job{"accounts-" + m.String() + ".csv", "Writing the accounts", func(w io.Writer) error { return WriteAccountsCSV(w, month) }})
		}
	}
	for i, j := range jobs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		progress(j.step, float64(i+1)/float64(len(jobs)+1))
		if err := ctx.Err(); err != nil {
			return res, err
		}
		path := filepath.Join(dir, j.name)
		if err := writeFileAtomically(path, j.write); err != nil {
			return res, err
		}
		res.Files = append(res.Files, path)
	}
	progress("Done", 1)
	return res, nil
}

func writeFileAtomically(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name()) // best effort: the error says what went wrong
		}
	}()
	if err := write(tmp); err != nil {
		tmp.Close() // the half-written file is removed above; the write's error is the one to report
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// PostsCSVHeader are the posts CSV's columns.
var PostsCSVHeader = []string{"network", "account", "published_at", "url", "text", "template", "category",
	"likes", "reposts", "replies", "quotes", "views"}

// AccountsCSVHeader are the accounts CSV's columns.
var AccountsCSVHeader = []string{"network", "account", "followers_start", "followers_end", "posts", "likes", "reposts", "replies"}

// WritePostsCSV writes one row per publication of the month with its
// latest counts; a count the network does not report is empty.
func WritePostsCSV(w io.Writer, m *Month) error {
	cw, err := newCSV(w)
	if err != nil {
		return err
	}
	if err := cw.Write(PostsCSVHeader); err != nil {
		return err
	}
	for _, p := range m.Posts {
		row := []string{string(p.Network), cell(p.Account), p.PublishedAt.Format(time.RFC3339), cell(p.URL), cell(p.Text),
			cell(p.Template), cell(p.Category), p.Likes.CSV(), p.Reposts.CSV(), p.Replies.CSV(), p.Quotes.CSV(), p.Views.CSV()}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteAccountsCSV writes one row per account over the month.
func WriteAccountsCSV(w io.Writer, m *Month) error {
	cw, err := newCSV(w)
	if err != nil {
		return err
	}
	if err := cw.Write(AccountsCSVHeader); err != nil {
		return err
	}
	for _, a := range m.Accounts {
		row := []string{string(a.Network), cell(a.Account), a.FollowersStart.CSV(), a.FollowersEnd.CSV(), fmt.Sprint(a.Posts),
			a.Likes.CSV(), a.Reposts.CSV(), a.Replies.CSV()}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// utf8BOM opens each CSV: Excel on Windows, where a practice owner most
// likely opens the file, reads a CSV without it in the machine's legacy
// code page, so "Peña" or "café" come out garbled.
const utf8BOM = "\ufeff"

// newCSV starts a CSV as spreadsheets read it best: the BOM above, and
// lines ending CRLF (RFC 4180).
func newCSV(w io.Writer) (*csv.Writer, error) {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw, nil
}

// cell keeps a spreadsheet from reading text as a formula: a cell that
// starts with =, +, -, @ or a tab gets a leading apostrophe.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
