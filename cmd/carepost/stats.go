package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/carepost/carepost/stats"
)

// runStats handles `carepost stats sync`: a snapshot of every post of the
// last 30 days and of every account's followers, now.
func runStats(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "sync" {
		return usageError("stats needs a command: sync")
	}
	fs := commandFlags("stats sync", &dataDir)
	asJSON := fs.Bool("json", false, "")
	if err := parseNoArgs(fs, args[1:]); err != nil {
		return err
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	res, err := env.Stats().Sync(ctx)
	if err != nil {
		return &exitError{code: 1, msg: "stats sync stopped: " + err.Error()}
	}
	if *asJSON {
		if res.Failed == nil {
			res.Failed = []stats.AccountFailure{}
		}
		if err := json.NewEncoder(stdout).Encode(res); err != nil {
			return err
		}
	} else {
		for _, f := range res.Failed {
			fmt.Fprintf(stdout, "%s on %s: %s\n", f.Account, f.Network, f.Error)
		}
		fmt.Fprintf(stdout, "Counted %d posts and %d accounts' followers", res.Posts, res.Accounts)
		if res.Gone > 0 {
			fmt.Fprintf(stdout, "; %d posts are no longer on their network (their last counts are kept)", res.Gone)
		}
		fmt.Fprintln(stdout, ".")
	}
	if len(res.Failed) > 0 {
		return &exitError{code: 1, msg: "could not read " + res.FailedNames()}
	}
	return nil
}
