package privacy

import (
	"slices"
	"strings"
	"testing"
)

// Dates as people write them in comments and replies are visit dates when
// the sentence is about someone's visit, whatever their shape or language.
func TestDatesAsPeopleWriteThem(t *testing.T) {
	forms := []string{"dec 3", "Dec 3rd", "Dec. 3rd", "3 Dec", "3rd of December", "12/3", "3/12", "12.03", "2026-12-03", "12-dic",
		"3 dic", "el 3 de dic", "el 3 de diciembre", "el jueves 12", "jueves 12", "thurs 12th", "tues the 9th", "the 9th", "tmrw",
		"tomorrow", "today", "tonight", "yesterday", "last night", "this morning", "this am", "this arvo", "next wk", "next thurs",
		"on mon", "monday", "sat 10am", "Saturday morning", "el lunes", "el finde", "pasado mañana", "hoy", "ayer", "anoche",
		"next month", "on 3 March", "March 3", "3 March 2026", "14/11", "on the 22nd", "fri 10:30", "weds 7:45",
		"on wed", "wed 11am", "thurs at 2", "el jueves 14 a las 10:30", "la semana pasada", "la semana que viene", "la próxima semana",
		"el próximo lunes", "el lunes pasado", "mañana temprano", "tomorrow morning", "this past Friday", "el sáb", "el mié 21", "mon/wed/fri"}
	for _, f := range forms {
		t.Run(f, func(t *testing.T) {
			text := "@maria.g your knee surgery follow-up is " + f + ", see you then!"
			if !hasKind(Check(text, Options{Reply: true}), KindDate) {
				t.Errorf("no date in %q: %q", text, privSummary(Check(text, Options{Reply: true})))
			}
		})
	}
	contexts := []struct {
		name  string
		reply bool
		text  string
		date  bool
	}{
		{"a reply about the reader's stitches", true, "@maria.g the stitches come out tmrw", true},
		{"a reply after news of a scan", true, "@maria.g great news about the scan! see you on the 9th", true},
		{"a Spanish reply about a visit", true, "@maria.g nos vemos el 14 para la revisión", true},
		{"an appointment moved", true, "@maria.g la cita quedó para el martes 9", true},
		{"a post about a named patient", false, "Congrats to Ana on finishing chemo today!", true},
		{"a post in Spanish", false, "Felicidades a Lupita, que terminó la quimio el viernes", true},
		{"an event in a reply", true, "@maria.g thanks! see you at the 5k el domingo", false},
		{"opening days", false, "Flu shots: walk in Mon–Fri, 8am–6pm, no appointment needed.", false},
		{"a recurring class", true, "@maria.g the diabetes class is every other Wednesday, all welcome", false},
		{"a time a visit is moved to", true, "@maria.g ur appt got bumped to 11:45, sorry!!", true},
		{"a month said to the person who came", true, "@maria.g the flu shot from ur visit in oct counts for this season", true},
		{"a month in a post", false, "Flu season starts in October: book your shot online.", false},
		{"opening hours", true, "@maria.g we're open until 6pm on weekdays, no appointment needed", false},
		{"days of a group", true, "@terrence.hall cardiac rehab group is mon/wed mornings, everyone welcome", false},
		{"a post about no one", false, "Memo to everyone: portal maintenance Sat 10pm–2am. Refill requests will queue and go out Sunday.", false},
		{"a post about a gentleman", false, "To the gentleman who left his glasses after his 2:30 cholesterol check on 17 oct — they're at reception!", true},
		{"a holiday closure", true, "@tomas.r we're closed on Thanksgiving and reopen friday at 8", false},
	}
	for _, tt := range contexts {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, Options{Reply: tt.reply})
			if hasKind(got, KindDate) != tt.date {
				t.Errorf("Check(%q) = %q, want a date: %v", tt.text, privSummary(got), tt.date)
			}
		})
	}
}

// TestWeekdayWithClockTime: a weekday and a clock time are one date
// ("Thursday 9:15am"), not the 9th and a stray "15am".
func TestWeekdayWithClockTime(t *testing.T) {
	for _, f := range []string{"Thursday 9:15am", "Thursday 9:15 am", "fri 10:30", "weds 7:45pm", "jueves 10:30"} {
		t.Run(f, func(t *testing.T) {
			text := "Mr. Abrenica, your diabetes check is " + f
			var dates []string
			for _, x := range Check(text, Options{Reply: true}) {
				if x.Kind == KindDate {
					dates = append(dates, text[x.Start:x.End])
				}
			}
			if len(dates) != 1 || dates[0] != f {
				t.Errorf("dates in %q = %q, want only %q", text, dates, f)
			}
		})
	}
}

// TestClockTimeIsOneDate: a clock time read in two parts ("9" and "15am")
// is shown to staff as one.
func TestClockTimeIsOneDate(t *testing.T) {
	text := "We booked Mr. Abrenica for 9:15am Thursday for his diabetes check."
	for _, x := range Check(text, Options{Reply: true}) {
		if x.Kind == KindDate && strings.Contains("9:15am", x.Text) && x.Text != "9:15am" {
			t.Errorf("Check(%q) holds the date %q, a part of 9:15am: %q", text, x.Text, privSummary(Check(text, Options{Reply: true})))
		}
	}
}

func hasKind(fs []Finding, k Kind) bool {
	for _, f := range fs {
		if f.Kind == k {
			return true
		}
	}
	return false
}

// TestSpanishEveryWeek: "los lunes" is every Monday, as "Mondays" is, and
// no day of anyone's; "el lunes" is one.
func TestSpanishEveryWeek(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the dates that name a weekday
	}{
		{"every week", "Hola Marta, los lunes y miércoles tenemos consulta sin cita para tu tos.", nil},
		{"every week at a time", "Hola Marta, el grupo de tu ansiedad es los martes a las 7.", nil},
		{"one day", "Hola Marta, tu cita para la tos es el lunes 14 a las 9.", []string{"lunes 14 a las 9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Check(tt.text, Options{Reply: true, Own: testOwn}) {
				if f.Kind == KindDate && strings.ContainsAny(f.Text, "abcdefghijklmnopqrstuvwxyzé") {
					got = append(got, f.Text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Check(%q) dates = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDatesToAnOrganisation: a reply to a church's or a school's handle
// tells it the dates of events, no one's visit, unless it names someone.
func TestDatesToAnOrganisation(t *testing.T) {
	testFinds(t, KindDate, []findsCase{
		{"an event with a parish", "@iglesia_sanjudas gracias! llevamos la mesa de presión al culto del domingo 20.", false},
		{"an event with a school", "@lhs.athletics see you at sports physical night on 7/22!", false},
		{"a person named to the organisation", "@lhs.athletics Marcus's knee scan is booked for 7/22, his coach can call us.", true},
		{"a person's handle", "@marco.r see you at your knee scan on 7/22!", true},
	})
}

// TestPostToThePublic: "you" in a post is the public unless care beside
// it is someone's, so an event's date stays the clinic's.
func TestPostToThePublic(t *testing.T) {
	text := "FLU SHOT SATURDAY this Sat the 14th, 9am til noon, no appointment needed! Bring your Medicare card and your insurance card."
	for _, f := range Check(text, Options{Own: testOwn}) {
		if f.Kind == KindDate {
			t.Errorf("Check(%q) flags the date %q", text, f.Text)
		}
	}
}

// TestNoDayOfAnyone: round-the-clock hours, fractions of a measure and a
// weekday of every month are no one's day, even in a reply to someone.
func TestNoDayOfAnyone(t *testing.T) {
	for _, text := range []string{
		"@sam.k the on-call midwife is reachable 24/7 for your labour questions.",
		"@sam.k cuts deeper than 1/4 inch on your hand should be seen for stitches.",
		"@sam.k your diabetes support group meets the 2nd Thursday of every month at 6pm.",
		"@sam.k your memory café is the 2nd Saturday of the month, 10am.",
	} {
		for _, f := range Check(text, Options{Reply: true, Own: testOwn}) {
			if f.Kind == KindDate {
				t.Errorf("Check(%q) flags the date %q", text, f.Text)
			}
		}
	}
}
