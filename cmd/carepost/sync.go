package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/inbox"
)

type syncAccountOut struct {
	Account   int64  `json:"account"`
	Network   string `json:"network"`
	Name      string `json:"name"`
	OK        bool   `json:"ok"`
	Added     int    `json:"added"`
	Reactions int    `json:"reactions"`
	Error     string `json:"error,omitempty"`
	ErrorKind string `json:"error_kind,omitempty"` // auth, rate_limited, transient, rejected, busy, other
	RetryAt   string `json:"retry_at,omitempty"`   // RFC 3339, when rate limited
}

type syncOut struct {
	Accounts []syncAccountOut `json:"accounts"`
	Failed   int              `json:"failed"`
}

// runSync reads every account's new replies, mentions, messages and
// reviews into the inbox once (or one account's), with the same syncer
// the app runs in the background, and applies the retention setting. Exit 0 when every account was read, 1
// when some could not be (each named, with why), 2 on bad usage.
func runSync(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("sync", &dataDir)
	asJSON := fs.Bool("json", false, "")
	accountFlag := fs.String("account", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	var accountID int64
	if *accountFlag != "" {
		id, err := strconv.ParseInt(*accountFlag, 10, 64)
		if err != nil || id <= 0 {
			return usageError("sync: --account needs an account ID (see carepost accounts list)")
		}
		accountID = id
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	var results []inbox.Result
	if accountID != 0 {
		r, err := env.Inbox.Sync.SyncAccount(ctx, accountID)
		if err != nil {
			return usageError("sync: no account with ID %d (see carepost accounts list)", accountID)
		}
		results = []inbox.Result{r}
	} else if results, err = env.Inbox.Sync.SyncAll(ctx, nil); err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	// As the app's background sync does: message text past the retention
	// setting is removed after each sync.
	st, err := env.Inbox.LoadSettings(ctx)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	if _, err := env.Inbox.ApplyRetention(ctx, st.Retention); err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	out := syncOut{Accounts: []syncAccountOut{}}
	var failed []string
	for _, r := range results {
		o := syncAccountOut{Account: r.AccountID, Network: string(r.Network), Name: r.Account, OK: r.OK(),
			Added: r.Added, Reactions: r.Reactions, Error: r.Message, ErrorKind: r.ErrorKind}
		if !r.RetryAt.IsZero() {
			o.RetryAt = r.RetryAt.UTC().Format(time.RFC3339)
		}
		if !r.OK() {
			out.Failed++
			failed = append(failed, fmt.Sprintf("%s %s (account %d)", r.Network.Label(), r.Account, r.AccountID))
		}
		out.Accounts = append(out.Accounts, o)
	}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(out); err != nil {
			return err
		}
	} else {
		if len(results) == 0 {
			fmt.Fprintln(stdout, "No accounts to read (see carepost accounts add).")
		}
		for _, r := range results {
			if r.OK() {
				fmt.Fprintf(stdout, "%s %s: %d new\n", r.Network.Label(), r.Account, r.Added)
			} else {
				fmt.Fprintf(stdout, "%s %s: not read: %s\n", r.Network.Label(), r.Account, r.Message)
			}
		}
	}
	if len(failed) > 0 {
		return &exitError{code: 1, msg: "could not read " + strings.Join(failed, ", ")}
	}
	return nil
}
