package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestCommandLineUse(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want bool
	}{
		{"no arguments opens the window", nil, false},
		{"empty list opens the window", []string{}, false},
		{"data folder only opens the window", []string{"--data-dir", `C:\Clinic\CarePost`}, false},
		{"data folder with = opens the window", []string{"--data-dir=/tmp/carepost"}, false},
		{"single-dash data folder opens the window", []string{"-data-dir", "/tmp/carepost"}, false},
		{"--help=false opens the window", []string{"--help=false"}, false},
		{"check", []string{"check", "note.txt"}, true},
		{"publish-due", []string{"publish-due"}, true},
		{"version", []string{"version"}, true},
		{"help command", []string{"help"}, true},
		{"subcommand after the data folder", []string{"--data-dir", "/tmp/carepost", "publish-due", "--json"}, true},
		{"subcommand after data folder with =", []string{"--data-dir=/tmp/carepost", "schedule", "list"}, true},
		{"subcommand's own flags come after it", []string{"accounts", "list", "--json"}, true},
		{"unknown command is reported on the console", []string{"frobnicate"}, true},
		{"--help", []string{"--help"}, true},
		{"-help", []string{"-help"}, true},
		{"--help after the data folder", []string{"--data-dir", "/tmp/carepost", "--help"}, true},
		{"-h is a usage error", []string{"-h"}, true},
		{"unknown global flag is a usage error", []string{"--json"}, true},
		{"data folder without a value is a usage error", []string{"--data-dir"}, true},
		{"-- then a command", []string{"--", "version"}, true},
		{"-- alone opens the window", []string{"--"}, false},
		{"stdin dash is an argument", []string{"-"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := commandLineUse(tt.args); got != tt.want {
				t.Errorf("commandLineUse(%q) = %v, want %v", tt.args, got, tt.want)
			}
		})
	}
}

// The arguments commandLineUse counts as command-line use without a
// subcommand are the ones run answers on the terminal without opening the
// window: the usage for --help, a usage error otherwise.
func TestCommandLineUseAgreesWithRun(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantOut  bool // the usage goes to stdout
	}{
		{[]string{"--help"}, 0, true},
		{[]string{"-h"}, 2, false},
		{[]string{"--json"}, 2, false},
		{[]string{"--data-dir"}, 2, false},
	}
	for _, tt := range tests {
		if !commandLineUse(tt.args) {
			t.Errorf("commandLineUse(%q) = false, want true", tt.args)
		}
		var stdout, stderr bytes.Buffer
		code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
		if code != tt.wantCode {
			t.Errorf("run(%q) = %d, want %d (stderr %q)", tt.args, code, tt.wantCode, stderr.String())
		}
		out := stderr.String()
		if tt.wantOut {
			out = stdout.String()
		}
		if !strings.Contains(out, "Usage:") {
			t.Errorf("run(%q) printed no usage where expected; stdout %q, stderr %q", tt.args, stdout.String(), stderr.String())
		}
	}
}
