package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

// scheduleStore is the publications store over the CLI's database.
func scheduleStore(env *cliEnv) *schedule.Store { return env.Schedule }

// clinicZone is the clinic's time zone (drafts.Service.Zone: the
// profile's, UTC before first run).
func clinicZone(ctx context.Context, env *cliEnv) (*time.Location, error) {
	return env.Drafts.Zone(ctx)
}

// newEngine is the wired publishing engine, telling notify of every post
// it finishes.
func newEngine(env *cliEnv, notify func(schedule.Publication)) *schedule.Engine {
	env.Engine.Notify = notify
	return env.Engine
}

type publicationOut struct {
	ID      int64 `json:"id"`
	Draft   int64 `json:"draft"`   // 0 when the draft was deleted
	Account int64 `json:"account"` // 0 when the account was removed
	// What the publication recorded of its draft and account, which it
	// keeps when they are deleted.
	DraftDeleted   bool   `json:"draft_deleted,omitempty"`
	AccountDeleted bool   `json:"account_deleted,omitempty"`
	DraftTitle     string `json:"draft_title"`
	Network        string `json:"network"`
	AccountName    string `json:"account_name"`
	State          string `json:"state"`
	Attempts       int    `json:"attempts"`
	Due            string `json:"due"`     // in the clinic's zone, RFC 3339
	DueUTC         string `json:"due_utc"` // RFC 3339
	Zone           string `json:"zone"`    // the zone it was scheduled in
	RemoteURL      string `json:"url,omitempty"`
	RemoteID       string `json:"remote_id,omitempty"`
	LastError      string `json:"last_error,omitempty"`
	Native         bool   `json:"native,omitempty"`
}

func pubJSON(p schedule.Publication, loc *time.Location) publicationOut {
	return publicationOut{ID: p.ID, Draft: p.DraftID, Account: p.AccountID,
		DraftDeleted: p.DraftDeleted(), AccountDeleted: p.AccountDeleted(), DraftTitle: p.Title(), Network: string(p.Network), AccountName: p.AccountName,
		State: string(p.State), Attempts: p.Attempts,
		Due: p.DueAt.In(loc).Format(time.RFC3339), DueUTC: p.DueAt.UTC().Format(time.RFC3339), Zone: p.Zone,
		RemoteURL: p.RemoteURL, RemoteID: p.RemoteID, LastError: p.LastError, Native: p.Native}
}

// runPublishDue publishes what is due once and exits: for Task Scheduler,
// launchd or cron. Safe beside the open app or another run: each post is
// claimed in the database before it is sent.
func runPublishDue(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("publish-due", &dataDir)
	asJSON := fs.Bool("json", false, "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	loc, err := clinicZone(ctx, env)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	var changed []schedule.Publication
	eng := newEngine(env, func(p schedule.Publication) { changed = append(changed, p) })
	// Repeating posts are created 60 days ahead; a machine that only runs
	// publish-due must keep topping them up.
	if _, err := eng.Store.ExtendRecurrences(ctx); err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	sum, runErr := eng.RunDue(ctx)
	if *asJSON {
		out := struct {
			Summary      schedule.Summary `json:"summary"`
			Publications []publicationOut `json:"publications"`
			Error        string           `json:"error,omitempty"`
		}{Summary: sum, Publications: []publicationOut{}}
		for _, p := range changed {
			out.Publications = append(out.Publications, pubJSON(p, loc))
		}
		if runErr != nil {
			out.Error = runErr.Error()
		}
		if err := json.NewEncoder(stdout).Encode(out); err != nil {
			return err
		}
	} else {
		for _, p := range changed {
			line := fmt.Sprintf("publication %d (draft %d, account %d): %s", p.ID, p.DraftID, p.AccountID, p.State.Label())
			if p.RemoteURL != "" {
				line += " " + p.RemoteURL
			}
			if p.LastError != "" && p.State != schedule.StatePublished {
				line += ": " + p.LastError
			}
			fmt.Fprintln(stdout, line)
		}
		fmt.Fprintf(stdout, "Published %d, retrying later %d, failed %d, held %d, needs reconnect %d.\n",
			sum.Published, sum.Retrying, sum.Failed, sum.Held, sum.NeedsReconnect)
	}
	if runErr != nil {
		return &exitError{code: 1, msg: "publish-due stopped: " + runErr.Error()}
	}
	if sum.Problems() > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d post(s) need attention (see carepost schedule list)", sum.Problems())}
	}
	return nil
}

// runDrafts handles `carepost drafts add`.
func runDrafts(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "add" {
		return usageError("drafts needs a command: add")
	}
	fs := commandFlags("drafts add", &dataDir)
	textFile := fs.String("text-file", "", "")
	networkList := fs.String("networks", "", "")
	title := fs.String("title", "", "")
	asJSON := fs.Bool("json", false, "")
	if err := parseNoArgs(fs, args[1:]); err != nil {
		return err
	}
	if *textFile == "" {
		return usageError("drafts add needs --text-file F (or - for standard input)")
	}
	text, err := readInput(*textFile, stdin)
	if err != nil {
		return usageError("drafts add: %v", err)
	}
	text = strings.TrimRight(text, "\r\n")
	if strings.TrimSpace(text) == "" {
		return usageError("drafts add: the text is empty")
	}
	var networks []drafts.Network
	if *networkList != "" {
		if networks, err = drafts.ParseNetworks(*networkList); err != nil {
			return usageError("drafts add: %v", err)
		}
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx := context.Background()
	if len(networks) == 0 {
		// The networks of the connected accounts.
		list, err := env.Manager.Accounts.List(ctx)
		if err != nil {
			return err
		}
		seen := map[drafts.Network]bool{}
		for _, a := range list {
			if !seen[a.Network] {
				seen[a.Network] = true
				networks = append(networks, a.Network)
			}
		}
		if len(networks) == 0 {
			return usageError("drafts add: no accounts are connected; say which networks with --networks LIST")
		}
	}
	d, err := env.Drafts.CreateDraft(ctx, drafts.Draft{Title: *title, Body: text, Networks: networks})
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	// The same checks as the editor: a clean draft is marked ready; one with
	// findings is kept as a draft, and the findings are printed.
	review, err := env.Drafts.Review(ctx, d)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	status := drafts.StatusDraft
	if len(review.Blockers) == 0 {
		if status, err = markReady(ctx, env, d.ID); err != nil {
			return &exitError{code: 1, msg: err.Error()}
		}
	}
	if *asJSON {
		findings := []drafts.Finding{}
		for _, f := range review.Findings {
			findings = append(findings, f.Finding)
		}
		names := []string{}
		for _, n := range networks {
			names = append(names, string(n))
		}
		blockers := review.Blockers
		if blockers == nil {
			blockers = []string{}
		}
		return json.NewEncoder(stdout).Encode(map[string]any{"id": d.ID, "status": string(status), "networks": names,
			"findings": findings, "blockers": blockers})
	}
	fmt.Fprintf(stdout, "Draft %d created (%s).\n", d.ID, status.Label())
	for _, f := range review.Findings {
		fmt.Fprintf(stdout, "  possible patient information at bytes %d-%d (%s %q): %s\n", f.Start, f.End, f.Kind, f.Text, f.Reason)
	}
	if status != drafts.StatusReady {
		fmt.Fprintln(stdout, "Not ready to schedule yet:")
		for _, b := range review.Blockers {
			fmt.Fprintln(stdout, "  "+b)
		}
		fmt.Fprintln(stdout, "Open it in the app to fix or keep each finding with a reason, then mark it ready.")
	}
	return nil
}

// runSchedule handles `carepost schedule --draft ID --account ID --at TIME`
// and `carepost schedule list`.
func runSchedule(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	if len(args) > 0 && args[0] == "list" {
		return scheduleList(args[1:], dataDir, stdin, stdout)
	}
	fs := commandFlags("schedule", &dataDir)
	draftID := fs.String("draft", "", "")
	accountID := fs.String("account", "", "")
	at := fs.String("at", "", "")
	asJSON := fs.Bool("json", false, "")
	if err := fs.Parse(args); err != nil {
		return usageError("schedule: %v", err)
	}
	if fs.NArg() > 0 {
		return usageError("schedule: unexpected %q (use: schedule --draft ID --account ID --at TIME, or schedule list)", fs.Arg(0))
	}
	did, err1 := strconv.ParseInt(*draftID, 10, 64)
	aid, err2 := strconv.ParseInt(*accountID, 10, 64)
	if err1 != nil || err2 != nil || strings.TrimSpace(*at) == "" {
		return usageError(`schedule needs --draft ID --account ID --at TIME (TIME as 2026-03-02T09:00:00-05:00, or "2026-03-02 09:00" in the clinic's time zone)`)
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx := context.Background()
	loc, err := clinicZone(ctx, env)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	due, err := parseWhen(*at, loc)
	if err != nil {
		return usageError("schedule: %v", err)
	}
	p, err := scheduleStore(env).Schedule(ctx, did, aid, due, loc.String())
	if err != nil {
		switch {
		case errors.Is(err, drafts.ErrDraftNotFound):
			return &exitError{code: 2, msg: fmt.Sprintf("no draft with ID %d", did)}
		case errors.Is(err, accounts.ErrAccountNotFound):
			return &exitError{code: 2, msg: fmt.Sprintf("no account with ID %d (see carepost accounts list)", aid)}
		}
		return &exitError{code: 1, msg: "not scheduled: " + err.Error()}
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(pubJSON(p, loc))
	}
	fmt.Fprintf(stdout, "Scheduled publication %d: draft %d to account %d at %s (%s).\n",
		p.ID, p.DraftID, p.AccountID, p.DueAt.In(loc).Format("Mon 2 Jan 2006 15:04 MST"), loc)
	return nil
}

// parseWhen reads RFC 3339, or "YYYY-MM-DD HH:MM" as a wall-clock time in
// loc (DST-safe: see schedule.LocalTime).
func parseWhen(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	date, clock, ok := strings.Cut(s, " ")
	if !ok {
		date, clock, ok = strings.Cut(s, "T")
	}
	if !ok {
		return time.Time{}, fmt.Errorf(`%q is not a time: use 2026-03-02T09:00:00-05:00 or "2026-03-02 09:00"`, s)
	}
	return schedule.LocalTime(date, strings.TrimSpace(clock), loc)
}

func scheduleList(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("schedule list", &dataDir)
	asJSON := fs.Bool("json", false, "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx := context.Background()
	loc, err := clinicZone(ctx, env)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	list, err := scheduleStore(env).List(ctx, schedule.Filter{})
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	if *asJSON {
		out := []publicationOut{}
		for _, p := range list {
			out = append(out, pubJSON(p, loc))
		}
		return json.NewEncoder(stdout).Encode(out)
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, "Nothing scheduled.")
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\tDRAFT\tACCOUNT\tDUE (%s)\tSTATE\tATTEMPTS\tLINK OR LAST ERROR\n", loc)
	for _, p := range list {
		detail := p.RemoteURL
		if p.State != schedule.StatePublished && p.LastError != "" {
			detail = p.LastError
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", p.ID, draftCell(p), accountCell(p),
			p.DueAt.In(loc).Format("2006-01-02 15:04 MST"), p.State.Label(), p.Attempts, detail)
	}
	return tw.Flush()
}

// draftCell is the draft's ID, or "draft deleted" with the title the
// publication kept.
func draftCell(p schedule.Publication) string {
	if p.DraftDeleted() {
		return "draft deleted: " + p.Title()
	}
	return strconv.FormatInt(p.DraftID, 10)
}

// accountCell is the account's ID, or "account removed" with the network
// and name the publication kept.
func accountCell(p schedule.Publication) string {
	if !p.AccountDeleted() {
		return strconv.FormatInt(p.AccountID, 10)
	}
	out := "account removed"
	if p.Network != "" {
		out += ": " + p.Network.Label()
		if p.AccountName != "" {
			out += " · " + p.AccountName
		}
	}
	return out
}
