package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/schedule"
)

type postOut struct {
	Account     int64  `json:"account"`
	Network     string `json:"network"`
	Draft       int64  `json:"draft"`
	Publication int64  `json:"publication"`
	State       string `json:"state"`
	ID          string `json:"id,omitempty"`
	URL         string `json:"url,omitempty"`
}

// runPost publishes one text now by the one path every post takes: it
// becomes a draft with the editor's checks, is marked ready only when
// nothing blocks it (and only without required approval), and goes out as
// a publication due now through the publishing engine, with its record,
// idempotency key, publish log and every gate re-checked.
func runPost(args []string, dataDir string, stdin io.Reader, stdout io.Writer) error {
	fs := commandFlags("post", &dataDir)
	accountID := fs.String("account", "", "")
	textFile := fs.String("text-file", "", "")
	imageFile := fs.String("image", "", "")
	alt := fs.String("alt", "", "")
	asJSON := fs.Bool("json", false, "")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	id, err := strconv.ParseInt(*accountID, 10, 64)
	if err != nil {
		return usageError("post needs --account ID (see carepost accounts list)")
	}
	if *textFile == "" {
		return usageError("post needs --text-file F (or - for standard input)")
	}
	text, err := readInput(*textFile, stdin)
	if err != nil {
		return usageError("post: %v", err)
	}
	text = strings.TrimRight(text, "\r\n")
	if strings.TrimSpace(text) == "" {
		return usageError("post: the text is empty")
	}
	var image []byte
	if *imageFile != "" {
		if strings.TrimSpace(*alt) == "" {
			return usageError("post: --image needs --alt TEXT describing the picture")
		}
		if image, err = os.ReadFile(*imageFile); err != nil {
			return usageError("post: cannot read the picture: %v", err)
		}
	}

	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.DB.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, err := env.Accounts.Get(ctx, id)
	if err != nil {
		return &exitError{code: 2, msg: fmt.Sprintf("no account with ID %d (see carepost accounts list)", id)}
	}
	d, err := env.Drafts.CreateDraft(ctx, drafts.Draft{Title: "Posted from the command line", Body: text, Networks: []drafts.Network{a.Network}})
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	if image != nil {
		img, err := env.Drafts.AttachImageData(ctx, d.ID, filepath.Base(*imageFile), image)
		if err != nil {
			return &exitError{code: 1, msg: err.Error()}
		}
		if err := env.Drafts.UpdateImage(ctx, d.ID, img.MediaID, *alt, false); err != nil {
			return &exitError{code: 1, msg: err.Error()}
		}
	}
	if err := readyForPosting(ctx, env, d.ID); err != nil {
		return err
	}
	zone, err := env.ClinicZoneName(ctx)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	results, err := env.Engine.PublishNow(ctx, d.ID, []int64{a.ID}, zone)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	r := results[0]
	if r.Err != nil {
		return &exitError{code: 1, msg: fmt.Sprintf("not posted: %v (draft %d)", r.Err, d.ID)}
	}
	p := r.Publication
	if p.State != schedule.StatePublished {
		return &exitError{code: 1, msg: fmt.Sprintf("%s (publication %d; see carepost schedule list)", schedule.OutcomeMessage(p, a.Network.Label()), p.ID)}
	}
	out := postOut{Account: a.ID, Network: string(a.Network), Draft: d.ID, Publication: p.ID, State: string(p.State), ID: p.RemoteID, URL: p.RemoteURL}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	fmt.Fprintf(stdout, "Posted to %s as %s.\nid:  %s\nurl: %s\npublication %d (draft %d)\n", a.Network.Label(), a.Name(), p.RemoteID, p.RemoteURL, p.ID, d.ID)
	return nil
}

// markReady marks a draft ready, or, when the clinic requires approval,
// sends it for review (the same checks, then it waits for a person), and
// says which it reached.
func markReady(ctx context.Context, env *cliEnv, draftID int64) (drafts.Status, error) {
	settings, err := env.Schedule.LoadSettings(ctx)
	if err != nil {
		return drafts.StatusDraft, err
	}
	if settings.Approval {
		return drafts.StatusInReview, env.Drafts.SendForReview(ctx, draftID)
	}
	return drafts.StatusReady, env.Drafts.MarkReady(ctx, draftID)
}

// readyForPosting marks the new draft ready when nothing blocks it, or
// says what does; it is kept as a draft either way, for the app.
func readyForPosting(ctx context.Context, env *cliEnv, draftID int64) error {
	status, err := markReady(ctx, env, draftID)
	var notReady *drafts.NotReadyError
	switch {
	case errors.As(err, &notReady):
		d, derr := env.Drafts.Draft(ctx, draftID)
		if derr != nil {
			return &exitError{code: 1, msg: derr.Error()}
		}
		review, rerr := env.Drafts.Review(ctx, d)
		if rerr != nil {
			return &exitError{code: 1, msg: rerr.Error()}
		}
		var problems []string
		for _, f := range review.Findings {
			problems = append(problems, fmt.Sprintf("possible patient information at bytes %d-%d (%s %q): %s", f.Start, f.End, f.Kind, f.Text, f.Reason))
		}
		problems = append(problems, notReady.Blockers...)
		return &exitError{code: 1, msg: fmt.Sprintf("not posted:\n  %s\nKept as draft %d: open it in the app to fix the text or keep a finding with a reason.",
			strings.Join(problems, "\n  "), draftID)}
	case err != nil:
		return &exitError{code: 1, msg: err.Error()}
	}
	if status == drafts.StatusInReview {
		return &exitError{code: 1, msg: fmt.Sprintf("not posted: the clinic requires approval. Draft %d was sent for review; once it is approved in the app, post it from there or with carepost schedule.", draftID)}
	}
	return nil
}
