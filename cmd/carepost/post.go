package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
)

type postOut struct {
	Account   int64  `json:"account"`
	Network   string `json:"network"`
	ID        string `json:"id,omitempty"`
	URI       string `json:"uri,omitempty"`
	URL       string `json:"url,omitempty"`
	Scheduled bool   `json:"scheduled,omitempty"`
}

// runPost publishes one text now, after the same privacy and length checks
// the editor applies: a post with findings or over the limit is refused.
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
	if strings.TrimSpace(text) == "" {
		return usageError("post: the text is empty")
	}
	var images []accounts.Image
	if *imageFile != "" {
		if strings.TrimSpace(*alt) == "" {
			return usageError("post: --image needs --alt TEXT describing the picture")
		}
		data, err := os.ReadFile(*imageFile)
		if err != nil {
			return usageError("post: cannot read the picture: %v", err)
		}
		images = append(images, accounts.Image{Data: data, MIMEType: http.DetectContentType(data), FileName: filepath.Base(*imageFile), AltText: *alt})
	}

	env, err := openCLI(dataDir, stdin, stdout)
	if err != nil {
		return err
	}
	defer env.db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	a, err := env.manager.Accounts.Get(ctx, id)
	if err != nil {
		return &exitError{code: 2, msg: fmt.Sprintf("no account with ID %d (see carepost accounts list)", id)}
	}
	if err := checkBeforePosting(ctx, env, a.Network, text, images); err != nil {
		return err
	}
	c, err := env.manager.Connector(ctx, a)
	if err != nil {
		return &exitError{code: 1, msg: err.Error()}
	}
	key := make([]byte, 16)
	rand.Read(key)
	pub, err := c.Publish(ctx, accounts.Post{Text: text, Images: images, Language: "en", IdempotencyKey: hex.EncodeToString(key)})
	if err != nil {
		if accounts.ErrorKindOf(err) == accounts.KindAuth {
			env.manager.Accounts.MarkNeedsReconnect(ctx, id)
		}
		return &exitError{code: 1, msg: accounts.UserMessage(err)}
	}
	out := postOut{Account: a.ID, Network: string(a.Network), ID: pub.ID, URI: pub.URI, URL: pub.URL, Scheduled: pub.Scheduled}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(out)
	}
	ref := pub.ID
	if ref == "" {
		ref = pub.URI
	}
	fmt.Fprintf(stdout, "Posted to %s as %s.\nid:  %s\nurl: %s\n", a.Network.Label(), a.Name(), ref, pub.URL)
	return nil
}

func checkBeforePosting(ctx context.Context, env *cliEnv, n drafts.Network, text string, images []accounts.Image) error {
	profile, err := env.drafts.Profile(ctx)
	if err != nil && err != drafts.ErrNoProfile {
		return err
	}
	var problems []string
	for _, f := range drafts.CheckPrivacy(text, drafts.CheckOptions{Profile: profile}) {
		problems = append(problems, fmt.Sprintf("possible patient information at bytes %d-%d (%s %q): %s", f.Start, f.End, f.Kind, f.Text, f.Reason))
	}
	if c := drafts.CountText(n, text); c.Over {
		problems = append(problems, c.Problems...)
	}
	for _, img := range images {
		if p := drafts.CheckImage(n, img.MIMEType, int64(len(img.Data))); p != "" {
			problems = append(problems, img.FileName+": "+p)
		}
	}
	if len(problems) > 0 {
		return &exitError{code: 1, msg: "not posted:\n  " + strings.Join(problems, "\n  ") + "\nFix the text (or use the app, where a finding can be kept with a reason)."}
	}
	return nil
}
