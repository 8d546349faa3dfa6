package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTriageJSON(t *testing.T) {
	tests := []struct {
		name        string
		input       string
		wantUrgent  bool
		wantCat     string
		wantReason  string
		wantPrivate bool
	}{
		{"urgent, about a relative", "my dad can't breathe and his chest hurts", true, "medical", "trouble breathing", true},
		{"urgent spanish", "me quiero morir", true, "mental_health", "wanting to die", true},
		{"calm near miss", "dying to try the new yoga class", false, "none", "", false},
		{"negated", "no chest pain, just a cough", false, "none", "negated", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.input, "triage", "--json", "-")
			if code != 0 {
				t.Fatalf("exit %d (stderr %q)", code, errOut)
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			for _, k := range []string{"urgent", "reasons", "private_details", "category", "spam", "abuse", "lang"} {
				if _, ok := got[k]; !ok {
					t.Errorf("no %q in %s", k, out)
				}
			}
			if got["urgent"] != tt.wantUrgent || got["category"] != tt.wantCat || got["private_details"] != tt.wantPrivate {
				t.Errorf("got %s", out)
			}
			reasons, _ := got["reasons"].([]any)
			joined := ""
			for _, r := range reasons {
				joined += r.(string) + "\n"
			}
			if !strings.Contains(joined, tt.wantReason) || reasons == nil {
				t.Errorf("reasons %q lack %q", reasons, tt.wantReason)
			}
		})
	}
}

func TestTriageFileAndPlain(t *testing.T) {
	file := filepath.Join(t.TempDir(), "message.txt")
	if err := os.WriteFile(file, []byte("help mi hijo no puede respirar"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "triage", file)
	if code != 0 {
		t.Fatalf("exit %d (stderr %q)", code, errOut)
	}
	for _, want := range []string{"URGENT (medical)", "- mentions trouble breathing", "Language: es"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, "thanks for the flu shot event!", "triage")
	if code != 0 || !strings.HasPrefix(out, "Not urgent.") {
		t.Errorf("standard input without -: exit %d\n%s", code, out)
	}
}

func TestTriageJSONIsStable(t *testing.T) {
	_, out, _ := runCLI(t, "dying to try the new yoga class", "triage", "--json")
	want := `{"urgent":false,"category":"none","reasons":[],"private_details":false,"spam":false,"abuse":false,"lang":"en"}` + "\n"
	var a, b any
	json.Unmarshal([]byte(out), &a)
	json.Unmarshal([]byte(want), &b)
	if !reflect.DeepEqual(a, b) || out != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}

func TestTriageBadUsage(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-file.txt")
	tests := []struct {
		name, stdin string
		args        []string
		wantErr     string
	}{
		{"two files", "", []string{"triage", "a.txt", "b.txt"}, "one FILE"},
		{"unreadable file", "", []string{"triage", missing}, "cannot read"},
		{"empty text", "  \n\t", []string{"triage", "-"}, "empty"},
		{"not UTF-8", "\xff\xfe", []string{"triage", "--json"}, "UTF-8"},
		{"unknown flag", "hi", []string{"triage", "--reply"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			if code != 2 || !strings.Contains(errOut, tt.wantErr) || out != "" {
				t.Errorf("exit %d, stderr %q, stdout %q; want 2 and %q", code, errOut, out, tt.wantErr)
			}
		})
	}
}
