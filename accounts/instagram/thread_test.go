package instagram

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/carepost/carepost/accounts"
)

// A reply on the account's post: the comment with its media nested, the
// account's own username (to tell the clinic's comments), then the parent
// comment; GETs only, with the token and exactly these fields.
func TestThreadReadsTheMediaAndTheParentComment(t *testing.T) {
	f := newFakeGraph(t,
		step{Method: "GET", Path: "/v23.0/17900000000000002", Params: map[string]string{"fields": "id,text,username,timestamp,parent_id,media{id,caption,permalink,timestamp}"},
			Body: `{"id":"17900000000000002","text":"@carla.example same here","username":"bo.example","timestamp":"2025-06-01T10:00:00+0000",
				"parent_id":"17900000000000001",
				"media":{"id":"17895695668004550","caption":"Flu shots start Monday.","permalink":"https://www.instagram.com/p/Cxample1/","timestamp":"2025-06-01T08:00:00+0000"}}`},
		step{Method: "GET", Path: "/v23.0/1784", Params: map[string]string{"fields": "username"}, Body: `{"username":"maplegrove.clinic","id":"1784"}`},
		step{Method: "GET", Path: "/v23.0/17900000000000001", Params: map[string]string{"fields": "id,text,username,timestamp,from"},
			Body: `{"id":"17900000000000001","text":"Do you take walk-ins?","username":"carla.example","timestamp":"2025-06-01T09:30:00+0000",
				"from":{"id":"17841400000000001","username":"carla.example"}}`},
	)
	got, err := newTestConnector(f, nil).Thread(context.Background(), accounts.Ref{ID: "17900000000000002"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := accounts.Thread{Ancestors: []accounts.ThreadPost{
		{Ref: accounts.Ref{ID: "17895695668004550", URL: "https://www.instagram.com/p/Cxample1/"}, Text: "Flu shots start Monday.",
			CreatedAt: time.Date(2025, 6, 1, 8, 0, 0, 0, time.UTC), Own: true},
		{Ref: accounts.Ref{ID: "17900000000000001"}, AuthorID: "17841400000000001", Author: "carla.example", Text: "Do you take walk-ins?",
			CreatedAt: time.Date(2025, 6, 1, 9, 30, 0, 0, time.UTC)},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Thread =\n%+v\nwant\n%+v", got, want)
	}
}

func TestThreadGaps(t *testing.T) {
	ctx := context.Background()
	t.Run("the clinic's own earlier reply is marked the clinic's", func(t *testing.T) {
		f := newFakeGraph(t,
			step{Method: "GET", Path: "/v23.0/179003", Params: map[string]string{"fields": "id,text,username,timestamp,parent_id,media{id,caption,permalink,timestamp}"},
				Body: `{"id":"179003","text":"thanks","username":"bo.example","timestamp":"2025-06-01T10:00:00+0000","parent_id":"179002","media":{"id":"1789","caption":"c","timestamp":"2025-06-01T08:00:00+0000"}}`},
			step{Method: "GET", Path: "/v23.0/1784", Params: map[string]string{"fields": "username"}, Body: `{"username":"maplegrove.clinic","id":"1784"}`},
			step{Method: "GET", Path: "/v23.0/179002", Body: `{"id":"179002","text":"We do!","username":"maplegrove.clinic","timestamp":"2025-06-01T09:45:00+0000"}`},
		)
		got, err := newTestConnector(f, nil).Thread(ctx, accounts.Ref{ID: "179003"}, nil)
		if err != nil || len(got.Ancestors) != 2 || !got.Ancestors[1].Own {
			t.Errorf("Thread = %+v, %v; want the clinic's reply marked its own", got, err)
		}
	})
	t.Run("a comment deleted since is a gap", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/179004", Status: 400,
			Body: `{"error":{"message":"Unsupported get request. Object with ID '179004' does not exist, cannot be loaded due to missing permissions, or does not support this operation","type":"GraphMethodException","code":100,"error_subcode":33}}`})
		got, err := newTestConnector(f, nil).Thread(ctx, accounts.Ref{ID: "179004"}, nil)
		if err != nil || !got.Missing {
			t.Errorf("Thread = %+v, %v; want a gap", got, err)
		}
	})
	t.Run("an expired token asks to reconnect", func(t *testing.T) {
		f := newFakeGraph(t, step{Method: "GET", Path: "/v23.0/179005", Status: 400,
			Body: `{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463}}`})
		_, err := newTestConnector(f, nil).Thread(ctx, accounts.Ref{ID: "179005"}, nil)
		if accounts.ErrorKindOf(err) != accounts.KindAuth {
			t.Errorf("err = %v, want auth", err)
		}
	})
}
