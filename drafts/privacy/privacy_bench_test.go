package privacy

import (
	"testing"
	"unicode/utf8"
)

// privBenchPost is a long, realistic monthly-update post: hours, events,
// education, staff news, links, hashtags, the clinic's own details and one
// patient story that should be flagged.
const privBenchPost = `📣 Maple Grove Family Clinic — October update

Fall is here, and so is flu season! Flu shots are available for everyone 6 months and older, no appointment needed. Walk in Monday–Friday 8am–6pm or Saturday 9am–noon. COVID-19 boosters and the new RSV vaccine for adults 60+ are also available; ask at check-in.

October is Breast Cancer Awareness Month 🎀 Mammograms are recommended every 1–2 years for women 40 and older. We've added extended mammogram hours on Saturdays through November. Call (555) 010-0100 or book at https://maplegrove.example/book.

Staff news: please welcome Dr. Marcus Bell, a board-certified family physician who joins Dr. Ana Ruiz and Dr. Sam Okafor this month. Nurse Priya Shah will lead our diabetes education classes on the first Tuesday of every month at 6pm — free and open to the community.

Community: join us for the Springfield Health Fair on Saturday, October 18, 9am–1pm at 100 Orchard Lane, Springfield. Free blood pressure checks, kids' activities and healthy snacks. Thanks to the Springfield Gazette and Greenleaf Pharmacy for sponsoring!

Patient story: we're so proud of Mrs. Eleanor Whitfield, who turned 95 last week and has been coming in for her warfarin checks since 1998. Happy birthday, Eleanor! 🎂

Health tip from Dr. Ruiz: a daily 20-minute walk can lower blood pressure, improve sleep and lift your mood. Seasonal allergies? Antihistamines help many people, but talk to your pharmacist before combining medications. If you or someone you love is struggling, call or text 988 any time.

Reminders:
• Bring your insurance card and a list of your medications to every visit.
• Our patient portal has moved to maplegrove.example/portal — your username hasn't changed.
• Questions about a bill? Email billing@maplegrove.example or call (555) 010-0100, option 3.
• Closed Monday, October 13 for staff training; our on-call provider is reachable 24/7.

Heat, cold or anything in between, we're here for Springfield. 💚 #FluSeason #BreastCancerAwareness #MapleGroveCares`

func BenchmarkCheckPrivacy(b *testing.B) {
	if n := utf8.RuneCountInString(privBenchPost); n < 1900 || n > 2100 {
		b.Fatalf("benchmark post is %d characters, want about 2,000", n)
	}
	opts := Options{Own: corpusOwn}
	b.Run("post 2000 chars", func(b *testing.B) {
		b.SetBytes(int64(len(privBenchPost)))
		b.ReportAllocs()
		for b.Loop() {
			Check(privBenchPost, opts)
		}
	})
	// The same post with numbers from five countries, each read by the
	// phone-number library.
	phones := privBenchPost + "\n\nPartners abroad: London +44 20 7946 0018, Berlin +49 30 901820, Madrid +34 612 34 56 78, San Francisco (415) 555-2671; evenings call 555-0142."
	b.Run("post with foreign phone numbers", func(b *testing.B) {
		b.SetBytes(int64(len(phones)))
		b.ReportAllocs()
		for b.Loop() {
			Check(phones, opts)
		}
	})
	reply := "Thanks for coming in, Maria! We're sorry your visit on 3/14 took so long. Dr. Okafor says your knee surgery went well; call us at (555) 010-0100 if you have questions."
	opts.Reply = true
	b.Run("short reply", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Check(reply, opts)
		}
	})
}

func TestPrivacyBenchPostFindsTheStory(t *testing.T) {
	got := privSummary(Check(privBenchPost, Options{Own: corpusOwn}))
	want := []string{"relationship Patient story", "name Mrs. Eleanor Whitfield", "relationship coming in", "condition warfarin checks", "name Eleanor"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
}
