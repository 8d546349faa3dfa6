package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/carepost/carepost/drafts"
)

type checkFinding struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
	// Keepable is false for what can never be posted, whatever the reason
	// (record numbers, dates of birth, other people's phone numbers and
	// email addresses): the text must change.
	Keepable bool `json:"keepable"`
}

type checkNetwork struct {
	Network string `json:"network"`
	Count   int    `json:"count"`
	Limit   int    `json:"limit"`
	Over    bool   `json:"over"`
}

type checkReport struct {
	Findings []checkFinding `json:"findings"`
	Networks []checkNetwork `json:"networks"`
}

func runCheck(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	reply := fs.Bool("reply", false, "")
	networkList := fs.String("networks", "", "")
	fs.StringVar(&dataDir, "data-dir", dataDir, "")
	if err := fs.Parse(args); err != nil {
		return usageError("check: %v", err)
	}
	if fs.NArg() > 1 {
		return usageError("check takes one FILE (or - for standard input), got %d", fs.NArg())
	}
	networks := drafts.AllNetworks
	if *networkList != "" {
		var err error
		if networks, err = drafts.ParseNetworks(*networkList); err != nil {
			return usageError("check --networks: %v", err)
		}
	}
	text, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		return usageError("check: %v", err)
	}

	ctx := context.Background()
	db, err := openStore(ctx, dataDir)
	if err != nil {
		return usageError("%v", err)
	}
	defer db.Close()
	svc := drafts.NewService(db, time.Now)
	profile, err := svc.Profile(ctx)
	if err != nil && err != drafts.ErrNoProfile {
		return usageError("%v", err)
	}

	report := checkReport{Findings: []checkFinding{}, Networks: []checkNetwork{}}
	for _, f := range drafts.CheckPrivacy(text, drafts.CheckOptions{Reply: *reply, Profile: profile}) {
		report.Findings = append(report.Findings, checkFinding{f.Start, f.End, f.Text, string(f.Kind), f.Reason, f.Keepable()})
	}
	over := false
	var counts []drafts.Count
	for _, c := range drafts.CountAll(text, networks) {
		counts = append(counts, c)
		report.Networks = append(report.Networks, checkNetwork{string(c.Network), c.Count, c.Limit, c.Over})
		over = over || c.Over
	}

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(report); err != nil {
			return err
		}
	} else {
		printCheck(stdout, report, counts)
	}
	if len(report.Findings) > 0 || over {
		return &exitError{code: 1}
	}
	return nil
}

func readInput(name string, stdin io.Reader) (string, error) {
	var data []byte
	var err error
	if name == "" || name == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return "", fmt.Errorf("cannot read the input: %w", err)
	}
	if !utf8.Valid(data) {
		return "", fmt.Errorf("the input is not UTF-8 text")
	}
	return string(data), nil
}

func printCheck(w io.Writer, r checkReport, counts []drafts.Count) {
	if len(r.Findings) == 0 {
		fmt.Fprintln(w, "Privacy: no possible patient information found.")
	} else {
		fmt.Fprintf(w, "Privacy: %d possible patient detail(s):\n", len(r.Findings))
		for _, f := range r.Findings {
			fmt.Fprintf(w, "  bytes %d-%d  %-12s %q\n      %s\n", f.Start, f.End, f.Kind, f.Text, f.Reason)
		}
	}
	fmt.Fprintln(w, "Length:")
	for _, c := range counts {
		mark := "ok"
		if c.Over {
			mark = "TOO LONG"
		}
		fmt.Fprintf(w, "  %-24s %6d / %-6d %-20s %s\n", c.Network.Label(), c.Count, c.Limit, c.Unit, mark)
		for _, p := range c.Problems {
			fmt.Fprintf(w, "      %s\n", strings.TrimSpace(p))
		}
	}
}
