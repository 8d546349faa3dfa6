package inbox

import (
	"context"
	"strings"
	"testing"

	"github.com/carepost/carepost/drafts"
	"github.com/carepost/carepost/network"
)

func TestTriageOnArrivalAndSuggestions(t *testing.T) {
	e := newEnv(t)
	e.syncer.Assess = Triage
	a := e.addAccount(network.Mastodon, "clinic")
	e.conns[a.ID].add(
		mention("1", "bob", "My dad collapsed and he is not breathing, what do I do??", t0),
		mention("2", "cy", "Thanks for the lovely flu clinic on Saturday!", t0.Add(1)),
		mention("3", "dee", "Me duele mucho el pecho y no puedo respirar", t0.Add(2)),
	)
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	items := e.list(Filter{})
	if !items[0].Urgent || !items[1].Urgent || items[2].Urgent || items[2].RemoteID != "2" {
		t.Fatalf("urgent first: %+v", items)
	}
	if len(items[0].UrgentReasons) == 0 {
		t.Fatalf("no reasons: %+v", items[0])
	}
	svc := &Service{Store: e.store, Profile: func(context.Context) (drafts.Profile, error) {
		return drafts.Profile{Name: "Maple Grove Clinic", EmergencyWording: "If this is an emergency, call 911 now."}, nil
	}}
	for _, it := range items[:2] {
		sug, err := svc.Suggest(e.ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		if it.Lang == "en" && !strings.Contains(sug.Suggested, "call 911 now") {
			t.Errorf("urgent %q: suggested %q, want the clinic's emergency wording", it.Text, sug.Suggested)
		}
		if sug.Suggested == "" || len(sug.Saved) < 3 {
			t.Errorf("suggestions for %q: %+v", it.Text, sug)
		}
	}
	if err := e.store.SaveReply(e.ctx, "Hours", "We are open 8 to 5 on weekdays."); err != nil {
		t.Fatal(err)
	}
	sug, _ := svc.Suggest(e.ctx, items[2])
	if last := sug.Saved[len(sug.Saved)-1]; last.Name != "Hours" {
		t.Fatalf("the clinic's own saved reply is missing: %+v", sug.Saved)
	}
}

func TestMarkSeenIsAnExplicitActionOnEveryAccount(t *testing.T) {
	e := newEnv(t)
	a := e.addAccount(network.Bluesky, "clinic.bsky.social")
	b := e.addAccount(network.Mastodon, "clinic")
	svc := &Service{Store: e.store, Sync: e.syncer}
	if _, err := e.syncer.SyncAll(e.ctx, nil); err != nil {
		t.Fatal(err)
	}
	if len(e.conns[a.ID].seen)+len(e.conns[b.ID].seen) != 0 {
		t.Fatal("reading marked something seen")
	}
	if err := svc.MarkSeen(e.ctx, t0); err != nil {
		t.Fatal(err)
	}
	if len(e.conns[a.ID].seen) != 1 || len(e.conns[b.ID].seen) != 1 || !e.conns[a.ID].seen[0].Equal(t0) {
		t.Fatalf("seen %v %v", e.conns[a.ID].seen, e.conns[b.ID].seen)
	}
}
