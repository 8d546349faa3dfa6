package inbox

import (
	"errors"
	"slices"
	"testing"

	"github.com/carepost/carepost/accounts"
	"github.com/carepost/carepost/network"
)

// A public comment that shares its writer's health details can be hidden
// on a Facebook Page or Instagram; the item is labelled so staff see it
// was; a private message, a mention or another network's item is refused
// and nothing is sent.
func TestHideAPublicComment(t *testing.T) {
	e := newEnv(t)
	fb := e.addAccount(network.Facebook, "Maple Grove")
	masto := e.addAccount(network.Mastodon, "@maplegrove@social.example")
	svc := &Service{Store: e.store, Sync: e.syncer}
	ingest := func(a accounts.Account, act accounts.Activity) Item {
		t.Helper()
		if _, err := e.store.Ingest(e.ctx, Batch{AccountID: a.ID, Network: a.Network, Activities: []accounts.Activity{act}, Cursor: act.Ref.ID}, nil); err != nil {
			t.Fatal(err)
		}
		page, err := e.store.List(e.ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range page.Items {
			if it.RemoteID == act.Ref.ID {
				full, err := e.store.Get(e.ctx, it.ID) // with its Ref, as the screen opens it
				if err != nil {
					t.Fatal(err)
				}
				return full
			}
		}
		t.Fatalf("%s not stored", act.Ref.ID)
		return Item{}
	}
	comment := mention("1001_42_7001", "ann", "My biopsy came back clear, thank you all!", t0)
	comment.Kind = accounts.ActivityComment
	it := ingest(fb, comment)

	if err := svc.Hide(e.ctx, it); err != nil {
		t.Fatalf("Hide: %v", err)
	}
	if got := e.conns[fb.ID].hidden; len(got) != 1 || got[0].ID != "1001_42_7001" {
		t.Fatalf("hidden on the network: %+v", got)
	}
	if it, _ = e.store.Get(e.ctx, it.ID); !slices.Contains(it.Labels, HiddenLabel) {
		t.Fatalf("labels %v", it.Labels)
	}

	for name, act := range map[string]struct {
		a   accounts.Account
		act accounts.Activity
	}{
		"a mention on Mastodon": {masto, mention("m1", "bob", "Thanks for the flu clinic", t0)},
		"a private message":     {fb, accounts.Activity{Ref: accounts.Ref{ID: "m.2"}, Kind: accounts.ActivityMessage, Private: true, Text: "my results?", CreatedAt: t0}},
	} {
		t.Run(name+" is not hidden", func(t *testing.T) {
			it := ingest(act.a, act.act)
			before := len(e.conns[act.a.ID].hidden)
			if err := svc.Hide(e.ctx, it); !errors.Is(err, ErrCannotHide) || len(e.conns[act.a.ID].hidden) != before {
				t.Fatalf("Hide = %v, sent %d", err, len(e.conns[act.a.ID].hidden)-before)
			}
		})
	}
}
