package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

func dataDirWithProfile(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = drafts.NewService(db, time.Now).SaveProfile(context.Background(), drafts.Profile{
		Name: "Maple Grove Family Clinic", Phone: "(555) 010-0100", Website: "maplegrove.example",
		Address: "100 Orchard Lane, Springfield", TimeZone: "America/New_York",
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCheckJSON(t *testing.T) {
	dir := dataDirWithProfile(t)
	tests := []struct {
		name         string
		input        string
		networks     string
		wantCode     int
		wantKinds    []string
		wantNetworks []string
		wantOver     string
	}{
		{name: "clean post within limits", input: "Flu shots are in! Call (555) 010-0100 to book.", wantCode: 0,
			wantNetworks: []string{"mastodon", "bluesky", "facebook", "instagram", "linkedin", "x", "gbp"}},
		{name: "patient phone number is a finding", input: "Mrs. Lopez, call us back at 555-0142 about your results.", networks: "x", wantCode: 1,
			wantKinds: []string{"phone"}, wantNetworks: []string{"x"}},
		{name: "over the X limit", input: strings.Repeat("Stay well this winter. ", 13), networks: "x,bluesky", wantCode: 1,
			wantNetworks: []string{"x", "bluesky"}, wantOver: "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"--data-dir", dir, "check", "--json"}
			if tt.networks != "" {
				args = append(args, "--networks", tt.networks)
			}
			code, out, errOut := runCLI(t, tt.input, append(args, "-")...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d (stderr %q, stdout %s)", code, tt.wantCode, errOut, out)
			}
			var report struct {
				Findings []struct {
					Start, End int
					Text, Kind string
					Reason     string
				} `json:"findings"`
				Networks []struct {
					Network string `json:"network"`
					Count   int    `json:"count"`
					Limit   int    `json:"limit"`
					Over    bool   `json:"over"`
				} `json:"networks"`
			}
			if err := json.Unmarshal([]byte(out), &report); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if !strings.Contains(out, `"findings":[`) {
				t.Fatalf("findings must be an array, got %s", out)
			}
			for _, kind := range tt.wantKinds {
				found := false
				for _, f := range report.Findings {
					found = found || f.Kind == kind
					if tt.input[f.Start:f.End] != f.Text || f.Reason == "" {
						t.Fatalf("finding %+v does not match its byte span", f)
					}
				}
				if !found {
					t.Fatalf("no %s finding in %+v", kind, report.Findings)
				}
			}
			if tt.wantKinds == nil && len(report.Findings) != 0 {
				t.Fatalf("unexpected findings %+v", report.Findings)
			}
			var names []string
			for _, n := range report.Networks {
				names = append(names, n.Network)
				if n.Over != (n.Network == tt.wantOver) {
					t.Fatalf("%s over=%v (count %d of %d)", n.Network, n.Over, n.Count, n.Limit)
				}
			}
			if strings.Join(names, ",") != strings.Join(tt.wantNetworks, ",") {
				t.Fatalf("networks %v, want %v", names, tt.wantNetworks)
			}
		})
	}
}

func TestCheckByteOffsetsAfterNonASCII(t *testing.T) {
	dir := dataDirWithProfile(t)
	input := "Café ☕ note: write to jo.doe@example.com about her test."
	code, out, _ := runCLI(t, input, "--data-dir", dir, "check", "--json")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, out)
	}
	var report struct {
		Findings []struct {
			Start, End int
			Text, Kind string
		} `json:"findings"`
	}
	json.Unmarshal([]byte(out), &report)
	want := strings.Index(input, "jo.doe@example.com")
	for _, f := range report.Findings {
		if f.Kind == "email" {
			if f.Start != want || f.End != want+len("jo.doe@example.com") {
				t.Fatalf("email at %d-%d, want %d-%d", f.Start, f.End, want, want+len("jo.doe@example.com"))
			}
			return
		}
	}
	t.Fatalf("no email finding: %s", out)
}

func TestCheckJSONSaysWhatCanNeverBeKept(t *testing.T) {
	dir := dataDirWithProfile(t)
	// Synthetic: a birth date and a phone number that is not the clinic's.
	input := "Happy birthday to Mr. Tom Reyes, born June 4, 1936! Call him at 555-0142."
	code, out, _ := runCLI(t, input, "--data-dir", dir, "check", "--json")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, out)
	}
	var report struct {
		Findings []struct {
			Text, Kind string
			Keepable   *bool `json:"keepable"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := map[string]bool{"name": true, "birth_date": false, "phone": false}
	for _, f := range report.Findings {
		keep, ok := want[f.Kind]
		if !ok {
			continue
		}
		delete(want, f.Kind)
		if f.Keepable == nil || *f.Keepable != keep {
			t.Fatalf("%s %q: keepable %v, want %v\n%s", f.Kind, f.Text, f.Keepable, keep, out)
		}
	}
	if len(want) != 0 {
		t.Fatalf("missing findings %v in %s", want, out)
	}
}

func TestCheckUsageErrors(t *testing.T) {
	dir := dataDirWithProfile(t)
	missing := filepath.Join(t.TempDir(), "nope.txt")
	binary := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(binary, []byte{0xff, 0xfe, 'h', 'i'}, 0o600)
	foreign := t.TempDir()
	os.WriteFile(filepath.Join(foreign, store.FileName), []byte("not a database"), 0o600)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown network", []string{"--data-dir", dir, "check", "--networks", "myspace", "-"}, "myspace"},
		{"missing file", []string{"--data-dir", dir, "check", missing}, "cannot read"},
		{"invalid UTF-8", []string{"--data-dir", dir, "check", binary}, "not UTF-8"},
		{"two files", []string{"--data-dir", dir, "check", "a", "b"}, "one FILE"},
		{"unknown flag", []string{"--data-dir", dir, "check", "--colour"}, "colour"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"data folder of another program", []string{"--data-dir", foreign, "check", "-"}, "not a CarePost database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "hello", tt.args...)
			if code != 2 {
				t.Fatalf("exit %d, want 2 (stdout %q)", code, out)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Fatalf("stderr %q does not mention %q", errOut, tt.want)
			}
		})
	}
}

func TestCheckHumanOutputAndDataEnv(t *testing.T) {
	dir := dataDirWithProfile(t)
	t.Setenv("CAREPOST_DATA", dir)
	code, out, _ := runCLI(t, "Visit maplegrove.example or call (555) 010-0100.", "check")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	if !strings.Contains(out, "no possible patient information") || !strings.Contains(out, "Bluesky") {
		t.Fatalf("output:\n%s", out)
	}
}

// The check's newer findings reach the JSON report like the others: a
// person's handle, a Spanish condition and date, each with its byte span
// (after non-ASCII letters) and a reason in the text's language.
func TestCheckJSONHandlesAndSpanish(t *testing.T) {
	dir := dataDirWithProfile(t)
	input := "@lupita_91 mucho ánimo con la quimio, la esperamos el 3 de dic para la revisión 🙏"
	code, out, errOut := runCLI(t, input, "--data-dir", dir, "check", "--reply", "--json", "-")
	if code != 1 {
		t.Fatalf("exit %d (stderr %q): %s", code, errOut, out)
	}
	var report struct {
		Findings []struct {
			Start, End         int
			Text, Kind, Reason string
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := map[string]string{"handle": "@lupita_91", "condition": "quimio", "date": "3 de dic"}
	for _, f := range report.Findings {
		if input[f.Start:f.End] != f.Text {
			t.Fatalf("finding %+v does not match its byte span", f)
		}
		if w, ok := want[f.Kind]; ok && f.Text == w {
			if !strings.Contains(f.Reason, " persona") {
				t.Errorf("%s finding's reason is not in Spanish: %q", f.Kind, f.Reason)
			}
			delete(want, f.Kind)
		}
	}
	if len(want) > 0 {
		t.Fatalf("missing %v in %+v", want, report.Findings)
	}
}
