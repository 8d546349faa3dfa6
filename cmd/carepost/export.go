package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/carepost/carepost/stats"
)

// runExport handles `carepost export --month YYYY-MM [--format pdf,csv]
// --out DIR`: the month's summary PDF and its posts and accounts CSVs.
// Exit 1 when the month has no data (the summary is still written and
// says so).
func runExport(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("export", &dataDir)
	monthArg := fs.String("month", "", "")
	formatArg := fs.String("format", "pdf,csv", "")
	out := fs.String("out", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *monthArg == "" || *out == "" {
		return usageError("export needs --month YYYY-MM and --out DIR (e.g. carepost export --month 2026-11 --out Documents)")
	}
	month, err := stats.ParseMonth(*monthArg)
	if err != nil {
		return usageError("export: %v", err)
	}
	formats, err := stats.ParseFormats(*formatArg)
	if err != nil {
		return usageError("export: %v", err)
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	res, err := env.Stats().Export(ctx, month, *out, formats, nil)
	if err != nil {
		return &exitError{code: 1, msg: "export failed: " + err.Error()}
	}
	for _, f := range res.Files {
		fmt.Fprintln(stdout, f)
	}
	if !res.Month.HasData {
		return &exitError{code: 1, msg: fmt.Sprintf("CarePost has no data for %s: the summary says so. Run carepost stats sync while online to count recent posts.", month.Label())}
	}
	return nil
}
