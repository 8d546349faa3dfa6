package triage

import (
	"strings"
	"testing"

	"github.com/carepost/carepost/drafts"
)

func TestSuggestedReply(t *testing.T) {
	const wording = "If this is an emergency, call 911."
	tests := []struct {
		name, text, lang, wording string
		want                      []string // parts the reply must have
		wantNone                  []string // parts it must not
	}{
		{"medical emergency gets the clinic's wording", "my dad can't breathe", "", wording,
			[]string{wording}, []string{"988", "?"}},
		{"crisis adds the crisis line to a 911 wording", "i want to kill myself", "", wording,
			[]string{wording, "988"}, nil},
		{"crisis keeps a wording that has 988", "i want to kill myself", "", "Call 911, or call or text 988.",
			[]string{"Call 911, or call or text 988."}, []string{"Lifeline"}},
		{"empty wording gets the default", "my son is having a seizure right now", "", "",
			[]string{DefaultEmergencyWording}, nil},
		{"spanish emergency, default wording in spanish", "mi papá no puede respirar", "", "",
			[]string{"llame al 911"}, []string{"If this"}},
		{"spanish crisis", "me quiero morir", "", "",
			[]string{"llame al 911", "988"}, nil},
		{"the caller's language wins", "mi papá no puede respirar", "en", "",
			[]string{DefaultEmergencyWording}, nil},
		{"health details move to a private channel", "my son's asthma is worse this week, can he be seen?", "", wording,
			[]string{"privacy", "patient portal"}, []string{"911", "asthma"}},
		{"thanks without confirming care", "thank you for the flu shot event, so organized", "", wording,
			[]string{"Thank you"}, []string{"visit", "patient", "911"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SuggestedReply(Assess(tt.text), tt.lang, tt.wording)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply %q lacks %q", got, w)
				}
			}
			for _, w := range tt.wantNone {
				if strings.Contains(got, w) {
					t.Errorf("reply %q has %q", got, w)
				}
			}
		})
	}
}

func TestNoReplyToSpamOrInsults(t *testing.T) {
	for _, text := range []string{"Earn $5000 a week from home!! DM me", "you people are incompetent idiots"} {
		if got := SuggestedReply(Assess(text), "", ""); got != "" {
			t.Errorf("reply to %q: %q, want none", text, got)
		}
	}
}

// The built-in replies pass the privacy check in reply mode, in both
// languages and with the emergency wording filled, and ask nothing.
func TestBuiltInsArePrivacySafe(t *testing.T) {
	profile := drafts.Profile{Name: "Maple Grove Family Clinic", Phone: "(555) 010-0100", TimeZone: "America/New_York"}
	for _, lang := range []string{English, Spanish} {
		replies := BuiltIns(lang)
		names := map[string]bool{}
		for _, r := range replies {
			names[r.Name] = true
			text := FillEmergency(r.Text, lang, "")
			if strings.Contains(text, "{{") || strings.Contains(text, "?") {
				t.Errorf("%s %q: %q has a question or an unfilled variable", lang, r.Name, text)
			}
			for _, f := range drafts.CheckPrivacy(text, drafts.CheckOptions{Reply: true, Profile: profile}) {
				t.Errorf("%s %q: privacy finding %q: %s", lang, r.Name, f.Text, f.Reason)
			}
		}
		for _, n := range []string{ReplyThanks, ReplyPrivate, ReplyEmergency} {
			if !names[n] {
				t.Errorf("%s built-ins lack %q", lang, n)
			}
		}
	}
	if BuiltIns("es-MX")[0].Text != BuiltIns(Spanish)[0].Text || BuiltIns("fr")[0].Text != BuiltIns(English)[0].Text {
		t.Error("a regional Spanish tag should get Spanish, another language English")
	}
	b := BuiltIns(English)
	b[0].Text = "changed"
	if BuiltIns(English)[0].Text == "changed" {
		t.Error("BuiltIns hands out its own slice")
	}
}

// A question wants its own answer: a thank-you for kind words would read
// as not listening.
func TestNoThankYouForAQuestion(t *testing.T) {
	for _, text := range []string{"Can I book a flu shot for next week? I work until 5.", "What time do you open on Saturday",
		"¿Tienen citas el sábado?", "hay estacionamiento cerca"} {
		if r := Assess(text); !r.Question || SuggestedReply(r, "", "") != "" {
			t.Errorf("%q: question=%v, suggested %q", text, r.Question, SuggestedReply(r, "", ""))
		}
	}
	if r := Assess("Loved the heart health talk, thank you!"); r.Question || SuggestedReply(r, "", "") == "" {
		t.Errorf("a thank-you got no thanks back")
	}
}
