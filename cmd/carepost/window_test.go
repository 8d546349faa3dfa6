package main_test

// TestWindowOpens starts the real binary on an X display and checks that a
// CarePost window appears and draws something. It needs an X server (Xvfb),
// xdotool and, for the screenshot part, ImageMagick's import; scripts/test.sh
// starts Xvfb and sets CAREPOST_WINDOW_TEST=1. Without that variable it is
// skipped, so a plain `go test ./...` stays headless.

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"image"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/inbox"
	"github.com/carepost/carepost/network"
	"github.com/carepost/carepost/store"
)

const (
	windowTitle   = "CarePost"
	windowTimeout = 60 * time.Second
	exitTimeout   = 15 * time.Second
)

// syncBuffer collects the app's output while it runs.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestWindowOpens(t *testing.T) {
	if os.Getenv("CAREPOST_WINDOW_TEST") != "1" {
		t.Skip("set CAREPOST_WINDOW_TEST=1 and DISPLAY (scripts/test.sh does) to run the window test")
	}
	if os.Getenv("DISPLAY") == "" {
		t.Fatal("CAREPOST_WINDOW_TEST=1 but DISPLAY is not set: start Xvfb first")
	}
	xdotool, err := exec.LookPath("xdotool")
	if err != nil {
		t.Fatal("xdotool is not installed (scripts/deps.sh test installs it)")
	}

	tmp := t.TempDir()
	bin := buildBinary(t, tmp)

	dataDir := filepath.Join(tmp, "data")
	home := filepath.Join(tmp, "home")
	for _, dir := range []string{dataDir, home} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}

	inboxItem := seedInboxMessage(t, dataDir)

	cmd := exec.Command(bin, "--data-dir", dataDir)
	// A throwaway home, so no real user's settings are read or written.
	cmd.Env = append(withoutEnv(os.Environ(), "CAREPOST_DATA", "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"),
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"),
	)
	var output syncBuffer
	cmd.Stdout = &output
	cmd.Stderr = &output
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			t.Logf("carepost output:\n%s", output.String())
		}
	})

	// Wait for the window, failing early if the app dies.
	var wid string
	deadline := time.Now().Add(windowTimeout)
	for wid == "" {
		select {
		case err := <-exited:
			stopped = true
			t.Fatalf("carepost exited before a %q window appeared: %v", windowTitle, err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no window named %q within %s", windowTitle, windowTimeout)
		}
		out, err := exec.Command(xdotool, "search", "--onlyvisible", "--name", windowTitle).Output()
		if err == nil {
			if ids := strings.Fields(string(out)); len(ids) > 0 {
				wid = ids[0]
				break
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Logf("window %s appeared", wid)

	x, y, w, h := windowGeometry(t, xdotool, wid)
	t.Logf("window geometry: %dx%d at %d,%d", w, h, x, y)
	if w < 200 || h < 150 {
		t.Errorf("window is only %dx%d; expected a usable size", w, h)
	}

	if _, err := exec.LookPath("import"); err != nil {
		t.Log("ImageMagick import not found: screenshot check skipped")
	} else {
		checkScreenshot(t, filepath.Join(tmp, "screen.png"), image.Rect(x, y, x+w, y+h))
	}

	openInboxMessage(t, xdotool, wid, dataDir, inboxItem, exited, &stopped, &output)

	// Stop it as a desktop session would, and make sure it goes.
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatalf("signal carepost: %v", err)
	}
	select {
	case err := <-exited:
		stopped = true
		// SIGTERM quits like the Quit command: autosaves flushed, the
		// engine stopped after the post in flight, the database closed,
		// exit status 0, and no crash in the tray code where there is no
		// tray (this display has no D-Bus session).
		if err != nil {
			t.Fatalf("carepost did not quit cleanly on SIGTERM: %v", err)
		}
		if strings.Contains(output.String(), "panic") {
			t.Fatalf("carepost panicked while quitting")
		}
		if st, err := os.Stat(filepath.Join(dataDir, "carepost.db-wal")); err == nil && st.Size() > 0 {
			t.Fatalf("the database was not closed: its write-ahead log still holds %d bytes", st.Size())
		}
		t.Logf("carepost stopped: %v", cmd.ProcessState)
	case <-time.After(exitTimeout):
		t.Fatalf("carepost still running %s after SIGTERM", exitTimeout)
	}
}

// seedInboxMessage gives the data folder a clinic, an account (its token
// in the test's stand-in keychain, so the app cannot read the network)
// and one message in the inbox, whose id it returns.
func seedInboxMessage(t *testing.T, dataDir string) int64 {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, dataDir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := drafts.NewService(db, time.Now).SaveProfile(ctx, drafts.Profile{Name: "Maple Grove Family Clinic", Phone: "(555) 010-0100", TimeZone: "UTC",
		EmergencyWording: "If this is an emergency, call 911."}); err != nil {
		t.Fatal(err)
	}
	a, err := accounts.NewService(db, accounts.NewVault(), time.Now).Add(ctx, accounts.Account{Network: network.Mastodon,
		Handle: "@maplegrove@social.example", ServerURL: "http://127.0.0.1:9"}, accounts.Credentials{AccessToken: "SYNTHETIC"})
	if err != nil {
		t.Fatal(err)
	}
	msg := accounts.Activity{Ref: accounts.Ref{ID: "m1", URL: "https://social.example/@ann/m1"}, Kind: accounts.ActivityReply,
		Author: "@ann@social.example", AuthorName: "Ann", Text: "Do I need to book first for the flu shots?",
		CreatedAt: time.Now().Add(-time.Hour), Subject: &accounts.Ref{ID: "p1"}, Parent: &accounts.Ref{ID: "p1"}}
	st := inbox.NewStore(db, time.Now)
	if _, err := st.Ingest(ctx, inbox.Batch{AccountID: a.ID, Network: a.Network, Activities: []accounts.Activity{msg}, Cursor: "x"}, inbox.Triage); err != nil {
		t.Fatal(err)
	}
	page, err := st.List(ctx, inbox.Filter{})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("seeded inbox: %+v, %v", page.Items, err)
	}
	return page.Items[0].ID
}

// openInboxMessage opens the inbox and its one message by clicking, as
// staff would, at 1024x640, and checks the app is still running and has
// marked the message read (so it really was opened).
func openInboxMessage(t *testing.T, xdotool, wid, dataDir string, item int64, exited <-chan error, stopped *bool, output *syncBuffer) {
	t.Helper()
	run := func(args ...string) {
		if out, err := exec.Command(xdotool, args...).CombinedOutput(); err != nil {
			t.Fatalf("xdotool %v: %v %s", args, err, out)
		}
	}
	run("windowmove", "--sync", wid, "0", "0")
	run("windowsize", "--sync", wid, "1024", "640")
	time.Sleep(2 * time.Second) // laid out at the new size
	// The sidebar's Inbox, then the first message of the list.
	run("mousemove", "--sync", "60", "135", "click", "1")
	time.Sleep(2 * time.Second)
	run("mousemove", "--sync", "340", "195", "click", "1")
	deadline := time.Now().Add(20 * time.Second)
	for {
		select {
		case err := <-exited:
			*stopped = true
			t.Fatalf("carepost ended when a message was opened: %v", err)
		default:
		}
		if strings.Contains(output.String(), "panic") {
			t.Fatal("carepost panicked when a message was opened")
		}
		if messageRead(t, dataDir, item) {
			t.Log("the message opened and was marked read")
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the inbox message was not opened (not marked read within 20 s)")
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// messageRead reads, from outside the app, whether the item is read.
func messageRead(t *testing.T, dataDir string, item int64) bool {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(dataDir, store.FileName)+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var read bool
	if err := db.QueryRow(`SELECT read FROM inbox_items WHERE id = ?`, item).Scan(&read); err != nil {
		t.Fatal(err)
	}
	return read
}

// buildBinary builds ./cmd/carepost (this folder) into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		if goroot := os.Getenv("GOROOT"); goroot != "" {
			goTool = filepath.Join(goroot, "bin", "go")
		} else {
			t.Fatal("the go command is not on PATH")
		}
	}
	bin := filepath.Join(dir, "carepost")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	build := exec.CommandContext(ctx, goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/carepost: %v\n%s", err, out)
	}
	return bin
}

var geometryLine = regexp.MustCompile(`(?m)^(X|Y|WIDTH|HEIGHT)=(-?\d+)$`)

// windowGeometry asks xdotool for a window's position and size.
func windowGeometry(t *testing.T, xdotool, wid string) (x, y, w, h int) {
	t.Helper()
	out, err := exec.Command(xdotool, "getwindowgeometry", "--shell", wid).Output()
	if err != nil {
		t.Fatalf("xdotool getwindowgeometry %s: %v", wid, err)
	}
	seen := map[string]int{}
	for _, m := range geometryLine.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		seen[m[1]] = n
	}
	if len(seen) != 4 {
		t.Fatalf("cannot read the geometry from:\n%s", out)
	}
	return seen["X"], seen["Y"], seen["WIDTH"], seen["HEIGHT"]
}

// checkScreenshot captures the whole screen with ImageMagick and checks that
// the window's area shows more than one colour, that is, that it drew.
// Drawing may lag the window's appearance, so it retries for a while.
func checkScreenshot(t *testing.T, path string, win image.Rectangle) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		colours, size, err := captureColours(path, win)
		switch {
		case err != nil:
			t.Logf("screenshot: %v", err)
		case colours > 1:
			t.Logf("screenshot: %d bytes, %d colours in the window", size, colours)
			return
		}
		if time.Now().After(deadline) {
			if err != nil {
				t.Fatalf("no usable screenshot: %v", err)
			}
			t.Fatalf("the window shows a single colour: nothing was drawn")
		}
		time.Sleep(time.Second)
	}
}

// captureColours saves a screenshot to path and counts the distinct colours
// inside win (clipped to the screen), stopping at a few.
func captureColours(path string, win image.Rectangle) (colours int, size int64, err error) {
	if out, err := exec.Command("import", "-window", "root", path).CombinedOutput(); err != nil {
		return 0, 0, errors.New("import -window root: " + err.Error() + ": " + strings.TrimSpace(string(out)))
	}
	st, err := os.Stat(path)
	if err != nil {
		return 0, 0, err
	}
	if st.Size() == 0 {
		return 0, 0, errors.New("the screenshot file is empty")
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return 0, st.Size(), errors.New("decode screenshot: " + err.Error())
	}
	area := win.Intersect(img.Bounds())
	if area.Empty() {
		area = img.Bounds()
	}
	seen := map[[4]uint32]bool{}
	for py := area.Min.Y; py < area.Max.Y; py++ {
		for px := area.Min.X; px < area.Max.X; px++ {
			r, g, b, a := img.At(px, py).RGBA()
			seen[[4]uint32{r, g, b, a}] = true
			if len(seen) >= 8 {
				return len(seen), st.Size(), nil
			}
		}
	}
	return len(seen), st.Size(), nil
}

// withoutEnv drops the named variables from env.
func withoutEnv(env []string, names ...string) []string {
	var out []string
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(names, name) {
			out = append(out, kv)
		}
	}
	return out
}
