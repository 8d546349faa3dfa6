package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/schedule"
)

// runInbox is `carepost inbox list|reply|done`: the same inbox as the app.
func runInbox(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return usageError("inbox needs a command: list, reply or done")
	}
	switch args[0] {
	case "list":
		return inboxList(args[1:], dataDir, stdin, stdout)
	case "reply":
		return inboxReply(args[1:], dataDir, stdin, stdout)
	case "done":
		return inboxDone(args[1:], dataDir, stdin, stdout)
	}
	return usageError("unknown inbox command %q (use list, reply or done)", args[0])
}

type inboxItemOut struct {
	ID        int64  `json:"id"`
	Account   int64  `json:"account"`
	Network   string `json:"network"`
	Kind      string `json:"kind"`
	Private   bool   `json:"private"`
	Urgent    bool   `json:"urgent"`
	State     string `json:"state"`
	Author    string `json:"author"`
	Text      string `json:"text"`
	CreatedAt string `json:"created_at"` // RFC 3339, UTC
	URL       string `json:"url"`
}

type inboxListOut struct {
	Items []inboxItemOut `json:"items"`
}

func inboxList(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("inbox list", &dataDir)
	asJSON := fs.Bool("json", false, "")
	unread := fs.Bool("unread", false, "")
	state := fs.String("state", "", "")
	search := fs.String("search", "", "")
	limit := fs.Int("limit", 100, "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	f := inbox.Filter{Unread: *unread, Search: *search, Limit: *limit}
	if *state != "" {
		st, err := inbox.ParseState(*state)
		if err != nil {
			return usageError("inbox list: %v", err)
		}
		f.State = st
	}
	if *limit <= 0 {
		return usageError("inbox list: --limit must be at least 1")
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	page, err := env.Inbox.List(ctx, f)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	out := inboxListOut{Items: []inboxItemOut{}}
	for _, it := range page.Items {
		out.Items = append(out.Items, inboxItemOut{ID: it.ID, Account: it.AccountID, Network: string(it.Network), Kind: string(it.Kind),
			Private: it.Private, Urgent: it.Urgent, State: string(it.State), Author: it.Author, Text: it.Text,
			CreatedAt: it.CreatedAt.UTC().Format(time.RFC3339), URL: it.URL})
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	if len(page.Items) == 0 {
		fmt.Fprintln(stdout, "Nothing in the inbox matches.")
	}
	for _, it := range page.Items {
		flags := []string{string(it.State)}
		if it.Urgent {
			flags = append([]string{"URGENT"}, flags...)
		}
		if it.Private {
			flags = append(flags, "private")
		}
		if !it.Read {
			flags = append(flags, "unread")
		}
		text := strings.Join(strings.Fields(it.Text), " ")
		if it.BodyRemoved {
			text = "(text removed after the retention period)"
		}
		fmt.Fprintf(stdout, "%d  %s  %s %s from %s [%s]\n    %s\n", it.ID, it.CreatedAt.Format("2006-01-02 15:04"), it.Network.Label(),
			strings.ToLower(it.Kind.Label()), it.Who(), strings.Join(flags, ", "), text)
	}
	return nil
}

type inboxReplyOut struct {
	Item    int64  `json:"item"`
	Reply   int64  `json:"reply"`
	State   string `json:"state"`
	Private bool   `json:"private"`
	ID      string `json:"id,omitempty"`
	URL     string `json:"url,omitempty"`
}

type findingOut struct {
	Text   string `json:"text"`
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
}

// inboxReply answers one item: the privacy check in reply mode first
// (findings refuse it, exit 1), then the answer goes out through the
// publishing engine, as privately as the item was.
func inboxReply(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("inbox reply", &dataDir)
	asJSON := fs.Bool("json", false, "")
	itemFlag := fs.String("item", "", "")
	textFile := fs.String("text-file", "", "")
	as := fs.String("as", "", "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	itemID, err := strconv.ParseInt(*itemFlag, 10, 64)
	if err != nil || itemID <= 0 {
		return usageError("inbox reply needs --item ID (see carepost inbox list)")
	}
	if *textFile == "" {
		return usageError("inbox reply needs --text-file F (or - for standard input)")
	}
	text, err := readInput(*textFile, stdin)
	if err != nil {
		return usageError("inbox reply: %v", err)
	}
	if strings.TrimSpace(text) == "" {
		return usageError("inbox reply: the text is empty")
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := env.Inbox.Get(ctx, itemID); errors.Is(err, inbox.ErrNotFound) {
		return usageError("inbox reply: no inbox item %d (see carepost inbox list)", itemID)
	}
	author := strings.TrimSpace(*as)
	if author == "" {
		author = "CarePost (command line)"
	}
	r, err := env.Inbox.Answer(ctx, inbox.ReplyInput{ItemID: itemID, Text: strings.TrimRight(text, "\r\n"), Author: author})
	var fe *inbox.FindingsError
	if errors.As(err, &fe) {
		if *asJSON {
			fo := []findingOut{}
			for _, f := range fe.Findings {
				fo = append(fo, findingOut{Text: f.Text, Kind: string(f.Kind), Reason: f.Reason})
			}
			if err := json.NewEncoder(stdout).Encode(map[string]any{"item": itemID, "state": "refused", "findings": fo}); err != nil {
				return err
			}
		}
		return &exitError{code: 1, msg: "not sent: " + fe.Error()}
	}
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	out := inboxReplyOut{Item: itemID, Reply: r.ID, State: string(r.State), Private: r.Private, ID: r.RemoteID, URL: r.RemoteURL}
	if *asJSON {
		if err := json.NewEncoder(stdout).Encode(out); err != nil {
			return err
		}
	}
	if r.State != schedule.ReplySent {
		return &exitError{code: 1, msg: fmt.Sprintf("%s (answer %d)", schedule.ReplyOutcomeMessage(r), r.ID)}
	}
	if !*asJSON {
		where := "publicly"
		if r.Private {
			where = "privately"
		}
		fmt.Fprintf(stdout, "Answered %s.\nid:  %s\nurl: %s\n", where, r.RemoteID, r.RemoteURL)
	}
	return nil
}

func inboxDone(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("inbox done", &dataDir)
	if err := fs.Parse(args); err != nil {
		return usageError("inbox done: %v", err)
	}
	if fs.NArg() != 1 {
		return usageError("inbox done needs one item ID (see carepost inbox list)")
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id <= 0 {
		return usageError("inbox done: %q is not an item ID", fs.Arg(0))
	}
	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := env.Inbox.SetState(ctx, id, inbox.StateDone); errors.Is(err, inbox.ErrNotFound) {
		return usageError("inbox done: no inbox item %d (see carepost inbox list)", id)
	} else if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	fmt.Fprintf(stdout, "Item %d is done.\n", id)
	return nil
}
