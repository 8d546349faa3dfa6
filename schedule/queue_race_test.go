package schedule

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/store"
)

// The child side of TestTwoProcessesQueueingGetDifferentSlots: a separate
// CarePost process adding one draft to an account's queue, again and again.
const (
	envQueueChild   = "CAREPOST_TEST_QUEUE_CHILD" // the data folder
	envQueueDraft   = "CAREPOST_TEST_QUEUE_DRAFT"
	envQueueAccount = "CAREPOST_TEST_QUEUE_ACCOUNT"
	envQueueGo      = "CAREPOST_TEST_QUEUE_GO" // a file that appears when both may start
	queuePerChild   = 12
)

func TestQueueChildProcess(t *testing.T) {
	dir := os.Getenv(envQueueChild)
	if dir == "" {
		t.Skip("runs only as a child of TestTwoProcessesQueueingGetDifferentSlots")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := func() time.Time { return start }
	st := NewStore(db, drafts.NewService(db, now), accounts.NewService(db, accounts.NewVaultWith(&memRing{m: map[string]string{}}), now), now)
	draftID, _ := strconv.ParseInt(os.Getenv(envQueueDraft), 10, 64)
	accountID, _ := strconv.ParseInt(os.Getenv(envQueueAccount), 10, 64)
	for {
		if _, err := os.Stat(os.Getenv(envQueueGo)); err == nil {
			break
		}
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < queuePerChild; i++ {
		if _, err := st.AddToQueue(ctx, draftID, accountID, "America/New_York"); err != nil {
			t.Fatal(err)
		}
	}
}

func TestTwoProcessesQueueingGetDifferentSlots(t *testing.T) {
	if os.Getenv(envQueueChild) != "" {
		t.Skip("child")
	}
	dir := t.TempDir()
	e := newTestEnv(t, dir)
	a := e.addAccount("maple")
	slots, err := ParseSlots("Mon/Tue/Wed/Thu/Fri/Sat/Sun 9:00, Mon/Tue/Wed/Thu/Fri/Sat/Sun 12:00, Mon/Tue/Wed/Thu/Fri/Sat/Sun 16:00")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.store.SetSlots(e.ctx, a.ID, slots); err != nil {
		t.Fatal(err)
	}
	first := e.readyDraft("Flu shots on Saturday, walk in.")
	second := e.readyDraft("Closed on Monday for the holiday.")
	goFile := filepath.Join(t.TempDir(), "go")
	var wg sync.WaitGroup
	outs := make([]string, 2)
	errs := make([]error, 2)
	for i, d := range []drafts.Draft{first, second} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestQueueChildProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), envQueueChild+"="+dir, envQueueGo+"="+goFile,
			fmt.Sprintf("%s=%d", envQueueDraft, d.ID), fmt.Sprintf("%s=%d", envQueueAccount, a.ID))
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := cmd.CombinedOutput()
			outs[i], errs[i] = string(out), err
		}()
	}
	time.Sleep(300 * time.Millisecond) // both children open the database
	if err := os.WriteFile(goFile, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for i := range errs {
		if errs[i] != nil || !strings.Contains(outs[i], "PASS") {
			t.Fatalf("child %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	pubs, err := e.store.List(e.ctx, Filter{AccountID: a.ID})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[time.Time]int64{}
	for _, p := range pubs {
		if other, dup := seen[p.DueAt]; dup {
			t.Errorf("publications %d and %d both took %s", other, p.ID, p.LocalDue().Format("Mon 2 Jan 15:04"))
		}
		seen[p.DueAt] = p.ID
	}
	if len(pubs) != 2*queuePerChild {
		t.Fatalf("%d publications, want %d", len(pubs), 2*queuePerChild)
	}
}
