package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/carepost/carepost/inbox/triage"
)

// triageReport is `carepost triage --json`'s output. Its fields are
// stable: scripts read them.
type triageReport struct {
	Urgent         bool     `json:"urgent"`
	Category       string   `json:"category"`
	Reasons        []string `json:"reasons"`
	PrivateDetails bool     `json:"private_details"`
	Spam           bool     `json:"spam"`
	Abuse          bool     `json:"abuse"`
	Lang           string   `json:"lang"`
}

// runTriage reads one message and says whether it is urgent, with the
// same code the inbox uses. It needs no data folder: it reads nothing but
// the text.
func runTriage(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("triage", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	if err := fs.Parse(args); err != nil {
		return usageError("triage: %v", err)
	}
	if fs.NArg() > 1 {
		return usageError("triage takes one FILE (or - for standard input), got %d", fs.NArg())
	}
	text, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		return usageError("triage: %v", err)
	}
	if strings.TrimSpace(text) == "" {
		return usageError("triage: the text is empty; give a message in a FILE or on standard input")
	}
	r := triage.Assess(text)
	report := triageReport{Urgent: r.Urgent, Category: r.Category, Reasons: r.Reasons, PrivateDetails: r.PrivateDetails,
		Spam: r.Spam, Abuse: r.Abuse, Lang: r.Lang}
	if report.Reasons == nil {
		report.Reasons = []string{}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(report)
	}
	printTriage(stdout, report)
	return nil
}

func printTriage(w io.Writer, r triageReport) {
	if r.Urgent {
		fmt.Fprintf(w, "URGENT (%s): answer now with the emergency guidance.\n", strings.ReplaceAll(r.Category, "_", " "))
	} else {
		fmt.Fprintln(w, "Not urgent.")
	}
	for _, reason := range r.Reasons {
		fmt.Fprintf(w, "  - %s\n", reason)
	}
	yesNo := map[bool]string{true: "yes", false: "no"}
	fmt.Fprintf(w, "Health details shared: %s", yesNo[r.PrivateDetails])
	if r.PrivateDetails {
		fmt.Fprint(w, " (if public, move the conversation to a private channel)")
	}
	fmt.Fprintf(w, "\nSpam: %s\nAbusive toward staff: %s\nLanguage: %s\n", yesNo[r.Spam], yesNo[r.Abuse], r.Lang)
}
