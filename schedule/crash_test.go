package schedule

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/accounts/mastodon"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

// The child side of TestKilledBetweenCallAndCommit: a separate process
// that claims the due publication and publishes it to the fake server,
// and is SIGKILLed by the parent as soon as the server has accepted it.
const (
	envCrashChild  = "CAREPOST_TEST_CRASH_CHILD" // the data folder
	envCrashServer = "CAREPOST_TEST_CRASH_SERVER"
	envCrashToken  = "CAREPOST_TEST_CRASH_TOKEN"
)

func TestCrashChildProcess(t *testing.T) {
	dir := os.Getenv(envCrashChild)
	if dir == "" {
		t.Skip("runs only as the child of TestKilledBetweenCallAndCommit")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return start }
	ds := drafts.NewService(db, now)
	as := accounts.NewService(db, accounts.NewVaultWith(&memRing{m: map[string]string{}}), now)
	eng := &Engine{
		Store: NewStore(db, ds, as, now),
		Connectors: func(ctx context.Context, id int64) (accounts.Connector, accounts.Account, error) {
			a, err := as.Get(ctx, id)
			c := mastodon.New(mastodon.Config{Server: os.Getenv(envCrashServer),
				Creds: accounts.Credentials{AccessToken: os.Getenv(envCrashToken)}, Now: now})
			return c, a, err
		},
		Drafts: ds, Accounts: as, Now: now,
	}
	sum, err := eng.RunDue(ctx)
	// Only reached if the parent failed to kill us.
	t.Fatalf("the child was not killed: %+v %v", sum, err)
}

func TestKilledBetweenCallAndCommit(t *testing.T) {
	if os.Getenv(envCrashChild) != "" {
		t.Skip("child")
	}
	dir := t.TempDir()
	e := newTestEnv(t, dir)
	a := e.addAccount("maple")
	p := e.mustSchedule(e.readyDraft("Posted, then the process was killed."), a, start)

	accepted := make(chan struct{}, 1)
	killed := make(chan struct{})
	e.net.setOnAccept(func(fakePost) {
		accepted <- struct{}{}
		<-killed // answer only after the child is dead
	})
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChildProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), envCrashChild+"="+dir, envCrashServer+"="+e.srv.URL, envCrashToken+"="+e.tokens[a.ID])
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-accepted:
		if err := cmd.Process.Kill(); err != nil { // SIGKILL: no deferred code runs
			t.Fatal(err)
		}
		<-exited
		close(killed)
	case err := <-exited:
		close(killed)
		t.Fatalf("the child exited before the server accepted the post: %v\n%s", err, out.String())
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the child never posted\n%s", out.String())
	}
	e.net.setOnAccept(nil)

	got := e.get(p.ID)
	if got.State != StatePublishing || got.Attempts != 1 || got.SentText == "" {
		t.Fatalf("after the kill: %+v", got)
	}
	// The app's engine runs now: while the dead run's lease holds it waits;
	// after, it looks among recent posts, finds it, and does not post again.
	if sum, err := e.engine.RunDue(e.ctx); err != nil || sum != (Summary{}) {
		t.Fatalf("within the lease: %+v %v", sum, err)
	}
	e.clock.Advance(DefaultLease + time.Second)
	sum, err := e.engine.RunDue(e.ctx)
	if err != nil || sum.Published != 1 || sum.Reconciled != 1 {
		t.Fatalf("after the lease: %+v %v", sum, err)
	}
	posts := e.net.accepted()
	got = e.get(p.ID)
	if len(posts) != 1 || got.State != StatePublished || got.RemoteID != posts[0].ID || got.RemoteURL == "" {
		t.Fatalf("accepted %d posts; publication %+v", len(posts), got)
	}
}
