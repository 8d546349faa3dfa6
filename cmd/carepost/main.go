// Command carepost is CarePost: with no arguments it opens the window; its
// subcommands serve automation and support.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	_ "time/tzdata" // Windows has no zoneinfo; clinics pick IANA zones

	"github.com/carepost/carepost"
	"github.com/carepost/carepost/store"
)

const usage = `CarePost %s — a clinic's social posts, drafted safely on this computer.

Usage:
  carepost [--data-dir DIR]                 open the app
  carepost check [--json] [--reply] [--networks LIST] [FILE|-]
                                            check a text for patient information and length
  carepost triage [--json] [FILE|-]         say whether a message is urgent (emergency,
                                            crisis, abuse, overdose) and why
  carepost accounts add mastodon --server URL [--token-file F]
  carepost accounts add bluesky --handle H [--pds URL] --app-password-file F
  carepost accounts add NETWORK …           (run it without options for what it needs)
  carepost accounts list [--json]
  carepost accounts remove ID
  carepost post --account ID --text-file F [--image F --alt TEXT] [--json]
                                            publish one post now, after the privacy check
  carepost drafts add --text-file F [--networks LIST] [--json]
                                            create a draft (privacy-checked; ready when clean)
  carepost schedule --draft ID --account ID --at TIME [--json]
                                            schedule a ready draft (TIME: RFC 3339, or
                                            "YYYY-MM-DD HH:MM" in the clinic's time zone)
  carepost schedule list [--json]           every publication: state, attempts, link, last error
  carepost publish-due [--json]             publish what is due now and exit (for cron,
                                            launchd, Task Scheduler; safe beside the app)
  carepost stats sync [--json]              count every post of the last 30 days and
                                            every account's followers now
  carepost export --month YYYY-MM [--format pdf,csv] --out DIR
                                            write the month's summary PDF and CSVs
  carepost sync [--json] [--account ID]     read every account's (or one's) new replies,
                                            mentions, messages and reviews into the inbox
  carepost inbox list [--json] [--unread] [--state new|done] [--search Q] [--limit N]
  carepost inbox reply --item ID --text-file F [--as NAME] [--json]
                                            answer an item (privacy-checked; as privately
                                            as the item was)
  carepost inbox done ID                    mark an item done
  carepost version                          print the version

Options:
  --data-dir DIR   where CarePost keeps its database (default: $CAREPOST_DATA,
                   else %s)

Secrets are read from files (or - for standard input), never from the command line.

Exit status of check: 0 clean and within limits, 1 findings or over a limit,
2 bad usage or unreadable input. publish-due: 0 nothing failed, 1 any post
failed, was held or needs its account reconnected. sync: 1 names the
accounts that could not be read. inbox reply: 1 when the privacy check
finds something or the answer was not sent. stats sync: 1 names the
accounts that could not be read. export: 1 when the month has no data (the
summary is still written and says so). Other commands: 0 done,
1 refused or failed, 2 bad usage.
`

func main() {
	if commandLineUse(os.Args[1:]) {
		// On Windows, carepost.exe is a GUI program: give a subcommand the
		// console it was typed into (see console_windows.go).
		useParentConsole()
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exitError carries an exit status with a message for stderr.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usageError(format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...)}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	global := flag.NewFlagSet("carepost", flag.ContinueOnError)
	global.SetOutput(io.Discard)
	dataDir := global.String("data-dir", "", "")
	help := global.Bool("help", false, "")
	if err := global.Parse(args); err != nil {
		fmt.Fprintf(stderr, "carepost: %v\n", err)
		printUsage(stderr)
		return 2
	}
	if *help {
		printUsage(stdout)
		return 0
	}
	rest := global.Args()
	var err error
	switch {
	case len(rest) == 0:
		err = openWindow(*dataDir)
	case rest[0] == "check":
		err = runCheck(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "triage":
		err = runTriage(rest[1:], stdin, stdout)
	case rest[0] == "accounts":
		err = runAccounts(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "post":
		err = runPost(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "publish-due":
		err = runPublishDue(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "drafts":
		err = runDrafts(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "schedule":
		err = runSchedule(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "stats":
		err = runStats(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "export":
		err = runExport(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "sync":
		err = runSync(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "inbox":
		err = runInbox(rest[1:], *dataDir, stdin, stdout)
	case rest[0] == "version":
		info := carepost.AppInfo()
		fmt.Fprintf(stdout, "%s %s (build %d)\n", info.Name, info.Version, info.Build)
	case rest[0] == "help":
		printUsage(stdout)
	default:
		err = usageError("unknown command %q; run 'carepost help' for the list", rest[0])
	}
	if err == nil {
		return 0
	}
	var exit *exitError
	if errors.As(err, &exit) {
		if exit.msg != "" {
			fmt.Fprintf(stderr, "carepost: %s\n", exit.msg)
		}
		return exit.code
	}
	fmt.Fprintf(stderr, "carepost: %v\n", err)
	return 2
}

func printUsage(w io.Writer) {
	dir, err := store.DefaultDir()
	if err != nil {
		dir = "your configuration folder/CarePost"
	}
	fmt.Fprintf(w, usage, carepost.AppInfo().Version, dir)
}

// openStore resolves the data folder and opens the database in it.
func openStore(ctx context.Context, flagDir string) (*store.DB, error) {
	dir, err := store.DirFromEnv(flagDir)
	if err != nil {
		return nil, err
	}
	return store.Open(ctx, dir)
}

// commandFlags is a subcommand's flag set with --data-dir. Its own output
// is discarded: errors reach the user through usageError, in our words.
func commandFlags(name string, dataDir *string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(dataDir, "data-dir", *dataDir, "")
	return fs
}

// parseNoArgs parses a subcommand that takes options only.
func parseNoArgs(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usageError("%s: %v", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return usageError("%s: unexpected %q", fs.Name(), fs.Arg(0))
	}
	return nil
}
