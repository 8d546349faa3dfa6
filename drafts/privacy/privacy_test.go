package privacy

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var testOwn = Own{
	Name:       "Maple Grove Family Clinic",
	Phone:      "(555) 010-0100",
	Website:    "maplegrove.example",
	Address:    "100 Orchard Lane, Springfield",
	StaffNames: []string{"Dr. Ana Ruiz", "Dr. Sam Okafor", "Nurse Priya Shah"},
}

// privSummary renders findings as "kind text" so a table can list them.
func privSummary(fs []Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f.Kind) + " " + f.Text
	}
	return out
}

// checkPrivacyInvariants is what callers rely on whatever the text: spans
// inside the text and on rune boundaries, Text matching the span, sorted,
// no overlaps, a reason for every kind.
func checkPrivacyInvariants(t testing.TB, text string, fs []Finding) {
	t.Helper()
	prevEnd := 0
	for i, f := range fs {
		if f.Start < 0 || f.Start >= f.End || f.End > len(text) {
			t.Fatalf("finding %d %+v: bad span for a text of %d bytes", i, f, len(text))
		}
		if text[f.Start:f.End] != f.Text {
			t.Fatalf("finding %d: Text %q but text[%d:%d] is %q", i, f.Text, f.Start, f.End, text[f.Start:f.End])
		}
		if !utf8.ValidString(text[:f.Start]) && utf8.ValidString(text) {
			t.Fatalf("finding %d starts inside a character", i)
		}
		if i > 0 && f.Start < prevEnd {
			t.Fatalf("finding %d %+v overlaps or is out of order (previous ended at %d)", i, f, prevEnd)
		}
		if f.Reason == "" || (f.Reason != reasons[f.Kind] && f.Reason != reasonsES[f.Kind]) {
			t.Fatalf("finding %d: kind %q has reason %q", i, f.Kind, f.Reason)
		}
		prevEnd = f.End
	}
}

func TestCheckPrivacy(t *testing.T) {
	tests := []struct {
		name  string
		reply bool
		text  string
		want  []string
	}{
		// Clean text passes.
		{"general health tip passes", false, "Flu shots are available for everyone over 6 months. Walk in Monday–Friday.", nil},
		{"conditions in education text pass", false, "November is Diabetes Awareness Month. Type 2 diabetes can often be prevented. Ask us about screening.", nil},
		{"holiday hours pass", false, "Open Monday, December 24 from 8 to noon. Closed Wednesday, December 25.", nil},
		{"event dates pass", false, "Free health fair Saturday, May 17, 9am–1pm. Blood pressure checks for everyone!", nil},
		{"job posting passes", false, "We’re hiring a Medical Assistant! Apply at maplegrove.example/careers by June 30.", nil},
		{"hashtags URLs and mentions pass", false, "#KneeSurgeryFacts https://maplegrove.example/blog/knee-surgery @SpringfieldNews", nil},
		{"crisis and emergency numbers pass", false, "Call or text 988 any time. Emergencies: call 911.", nil},
		{"our patients in general passes", false, "We care for our patients like family. Log in to the patient portal.", nil},
		{"your visit in a post is the reader's", false, "Bring your insurance card and a list of your medications to your visit.", nil},
		{"generic advice in a reply passes", true, "If you have chest pain or trouble breathing, please call 911 right away.", nil},
		{"thank you is not about the reader's care", true, "Thank you, Springfield Gazette, for featuring our free flu clinic!", nil},
		{"names outside care in posts pass", false, "Thank you, Jordan and Kim, for greeting everyone with a smile!", nil},
		{"public officials pass", false, "Mayor Linda Carter cut the ribbon at our new urgent care.", nil},
		{"new staff introduced by role pass", false, "Welcome Jordan Blake, our new practice manager! Jordan loves gardening.", nil},
		{"holidays named after people pass", false, "Closed Monday, January 20 for Martin Luther King Jr. Day. Happy St. Patrick’s Day!", nil},

		// The clinic's own details are never flagged.
		{"clinic contact details pass", true, "Call us at 1-555-010-0100, (555)010-0100 or 555.010.0100, email front@maplegrove.example, or visit 100 Orchard Ln., Springfield.", nil},
		{"staff names in every form pass", true, "Dr. Ana Ruiz says hi, Ana sends her best and Dr. Ruiz and Priya agree!", nil},
		{"email on a clinic subdomain passes", true, "Write to billing@mail.maplegrove.example.", nil},

		// Names.
		{"reply thanking a reviewer by name", true, "Thanks for coming in, Maria!", []string{"relationship coming in", "name Maria"}},
		{"reply greeting an unlisted name", true, "Hi Aiyana, we hope the twins are well after their surgery.", []string{"name Aiyana", "condition surgery"}},
		{"reply greeting a name with no care in it", true, "Hi Aiyana, thanks for the kind words about the fun run!", nil},
		{"titled possessive with curly apostrophe", false, "We’re so glad Mrs. Lee’s hip replacement went well.", []string{"name Mrs. Lee", "condition hip replacement"}},
		{"accented names", true, "Gracias, José! Thanks, Zoë! We hope the stitches come out soon.", []string{"name José", "name Zoë", "condition stitches"}},
		{"patient followed by a name", false, "Shout-out to patient Luis Ortega for 10,000 steps a day!", []string{"relationship patient", "name Luis Ortega"}},
		{"later mentions of a flagged name", false, "Patient of the month: Rosa Delgado! After her hip replacement, Rosa walks 2 miles a day.", []string{"relationship Patient of the month", "name Rosa Delgado", "condition hip replacement", "name Rosa"}},
		{"family frame", true, "We’re glad your daughter Chloe is better after her tonsillectomy!", []string{"name Chloe", "condition tonsillectomy"}},

		// Dates.
		{"date of birth", true, "Your DOB is listed as 4/12/1961 in the portal.", []string{"birth_date 4/12/1961"}},
		{"born on", false, "Happy birthday, Mr. Brown, born on March 3, 1950!", []string{"name Mr. Brown", "birth_date March 3, 1950"}},
		{"appointment date in a reply", true, "Sorry about your appointment on 3/14.", []string{"relationship your appointment", "date 3/14"}},
		{"seen on a date", true, "You were seen on March 3 by Dr. Okafor.", []string{"relationship You were seen", "date March 3"}},
		{"relative visit day", true, "Sorry about the wait when you came in last Tuesday.", []string{"relationship when you came in", "date last Tuesday"}},

		// Phones.
		{"international and dotted phones", true, "Call her at +1 (555) 010-0199 or 555.010.0199.", []string{"phone +1 (555) 010-0199", "phone 555.010.0199"}},
		{"seven-digit phone after a cue", false, "Missed call from 555-0199 about a refill.", []string{"phone 555-0199"}},
		{"seven-digit number without a cue passes", false, "Rooms 555-0199 are in the new wing.", nil},

		// Emails, addresses, identifiers.
		{"outside email", true, "We sent the forms to jane.doe@example.com as you asked.", []string{"email jane.doe@example.com"}},
		{"street address with unit", true, "We mailed it to 42 Willow Street, Apt 3.", []string{"address 42 Willow Street, Apt 3"}},
		{"SSN", false, "Found a form with 123-45-6789 on it.", []string{"identifier 123-45-6789"}},
		{"labelled record numbers", true, "MRN: A1234567, member ID BVH-447109, policy number 55-7788-21.", []string{"identifier MRN: A1234567", "identifier member ID BVH-447109", "identifier policy number 55-7788-21"}},
		{"a year after insurance is not a number", false, "Insurance 2025 plans are here. Our support group meets at 6pm.", nil},

		// Conditions.
		{"your condition in a reply", true, "Hope your knee surgery went well!", []string{"condition knee surgery"}},
		{"possessive name and medication", false, "Mr. Patel’s blood pressure medication was refilled.", []string{"name Mr. Patel", "condition blood pressure medication"}},
		{"drug names by suffix", true, "Keep taking the atorvastatin, Mr. Cole.", []string{"condition atorvastatin", "name Mr. Cole"}},
		// ("We remember you, Gladys!" was this test's text until the tagger
		// learned "we remember you" as visit wording from the labelled sets.)
		{"sentence after a named one", true, "Thanks, Gladys! Hope the new hearing aids are working.", []string{"name Gladys", "condition hearing aids"}},

		// Relationship wording.
		{"visit words in a reply", true, "We’re sorry about your visit. When you came in, your results were late.", []string{"relationship your visit", "relationship When you came in", "relationship your results"}},
		{"see you at your next checkup", true, "See you at your next checkup!", []string{"relationship See you at your next checkup"}},
		{"one of our patients", true, "Mr. Harris was one of our favorite patients.", []string{"name Mr. Harris", "relationship one of our favorite patients"}},
		{"our patient in a post", false, "We love our patients! Our patient Eleanor turns 100 today.", []string{"relationship Our patient", "name Eleanor", "date today"}},

		// Text shape.
		{"newlines tabs and double spaces", true, "Hi Mrs. O’Brien,\n\nyour  mammogram\tresults are in.", []string{"name Mrs. O’Brien", "condition mammogram\tresults"}},
		{"emoji and accents before a finding", false, "🎉🎉 Congrats to Zoë Fischer 🎉 on finishing chemo!", []string{"name Zoë Fischer", "condition chemo"}},
		{"empty text", true, "", nil},
		{"only whitespace", true, " \n\t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, Options{Reply: tt.reply, Own: testOwn})
			checkPrivacyInvariants(t, tt.text, got)
			if s := privSummary(got); !slices.Equal(s, tt.want) {
				t.Errorf("Check(%q)\n got %q\nwant %q", tt.text, s, tt.want)
			}
		})
	}
}

func TestCheckPrivacyProfile(t *testing.T) {
	text := "Call (555) 010-0100 or visit 100 Orchard Lane. Email hello@maplegrove.example."
	t.Run("without a profile the clinic's details are flagged like any other", func(t *testing.T) {
		got := privSummary(Check(text, Options{}))
		want := []string{"phone (555) 010-0100", "address 100 Orchard Lane", "email hello@maplegrove.example"}
		if !slices.Equal(got, want) {
			t.Fatalf("got %q, want %q", got, want)
		}
	})
	t.Run("a website with scheme and path still names the domain", func(t *testing.T) {
		p := testOwn
		p.Website = "https://www.maplegrove.example/home"
		if got := Check(text, Options{Own: p}); len(got) != 0 {
			t.Fatalf("flagged the clinic's own details: %q", privSummary(got))
		}
	})
	t.Run("a clinic phone with an extension and an address on two lines are still the clinic's", func(t *testing.T) {
		p := testOwn
		p.Phone = "+1 (555) 010-0100 ext. 4"
		p.Address = "100 Orchard Lane\nSpringfield"
		if got := Check(text, Options{Own: p}); len(got) != 0 {
			t.Fatalf("flagged the clinic's own details: %q", privSummary(got))
		}
	})
	t.Run("staff names in the profile are never patients", func(t *testing.T) {
		reply := "Thanks, Sam! Dr. Okafor hopes your knee surgery went well."
		if got := privSummary(Check(reply, Options{Reply: true, Own: testOwn})); slices.Contains(got, "name Sam") {
			t.Fatalf("flagged a staff first name: %q", got)
		}
		p := testOwn
		p.StaffNames = nil
		if got := privSummary(Check(reply, Options{Reply: true, Own: p})); !slices.Contains(got, "name Sam") {
			t.Fatalf("without staff names, Sam should be flagged in a reply: %q", got)
		}
	})
}

func TestCheckPrivacyReplyVersusPost(t *testing.T) {
	text := "Thanks for coming in! We hope your knee surgery went well."
	t.Run("a reply confirms the reader was seen", func(t *testing.T) {
		if got := privSummary(Check(text, Options{Reply: true, Own: testOwn})); len(got) != 2 {
			t.Fatalf("got %q, want the visit and the surgery", got)
		}
	})
	t.Run("a post speaks to everyone", func(t *testing.T) {
		if got := Check(text, Options{Own: testOwn}); len(got) != 0 {
			t.Fatalf("got %q, want nothing", privSummary(got))
		}
	})
}

func TestPrivacyReasons(t *testing.T) {
	kinds := []Kind{KindName, KindDate, KindBirthDate, KindPhone, KindEmail, KindAddress, KindIdentifier, KindCondition, KindRelationship}
	seen := map[string]Kind{}
	for _, k := range kinds {
		r := reasons[k]
		t.Run(string(k)+" has its own plain reason", func(t *testing.T) {
			if r == "" || !strings.HasSuffix(strings.TrimRight(r, "\""), ".") {
				t.Fatalf("reason %q", r)
			}
			if other, dup := seen[r]; dup {
				t.Fatalf("same reason as %s", other)
			}
			seen[r] = k
		})
	}
}

func TestPrivacyCorpusInvariants(t *testing.T) {
	for _, e := range loadPrivacyCorpus(t) {
		checkPrivacyInvariants(t, e.Text, Check(e.Text, Options{Reply: e.Kind == "reply", Own: corpusOwn}))
	}
}

// TestCheckPrivacyBroaderRules covers the wider vocabulary, names that are
// not on the name list, more relationship wording and bare phone numbers,
// with the clean look-alikes each rule must leave alone.
func TestCheckPrivacyBroaderRules(t *testing.T) {
	tests := []struct {
		name  string
		reply bool
		text  string
		want  []string
	}{
		// Vocabulary: drugs, procedures, tests, devices, pregnancy terms.
		{"common generic drug tied to the reader", true, "Hope the sertraline is helping, Danielle.", []string{"condition sertraline", "name Danielle"}},
		{"drug by suffix -mab", true, "Your adalimumab refill is ready.", []string{"condition adalimumab refill"}},
		{"drug by suffix -azole", true, "We sent your fluconazole to the pharmacy.", []string{"condition fluconazole"}},
		{"two-word procedure", true, "Good luck with your ACL reconstruction next week!", []string{"condition ACL reconstruction", "date next week"}},
		{"imaging and tests", true, "Your echocardiogram, sleep study and CT scan are booked.", []string{"condition echocardiogram", "condition sleep study", "condition CT scan"}},
		{"devices", true, "The CPAP supplier will call about your insulin pump.", []string{"condition CPAP", "condition insulin pump"}},
		{"obstetric terms", true, "Your gestational diabetes looks better and the C-section is set.", []string{"condition gestational diabetes", "condition C-section"}},
		{"multi-word phrase with common words", true, "So sorry about your high blood pressure and the root canal.", []string{"condition high blood pressure", "condition root canal"}},
		{"possessive condition name", true, "Sorry your Crohn’s flared up again.", []string{"condition Crohn"}},
		{"chronic condition in a post about a named person", false, "Happy birthday to Olivia, who won’t let her scoliosis slow her down!", []string{"name Olivia", "condition scoliosis"}},
		{"chemotherapy education passes", false, "Chemotherapy can cause fatigue. Ask our team how to manage it.", nil},
		{"device education passes", false, "Ask us about CPAP: sleep apnea treatment can change your life.", nil},
		{"drug education passes", false, "Metformin is a common diabetes medicine. Lisinopril and amlodipine treat high blood pressure.", nil},
		{"procedure list passes", false, "ACL reconstruction, hip replacement and mole removal: Dr. Ruiz explains recovery.", nil},
		{"everyday words with medical endings pass", true, "Thanks for your empathy and the diagram of our program!", nil},

		// Names that are not on the name list.
		{"unlisted name with a condition", false, "Congratulations to Łukasz Nowak on finishing chemotherapy!", []string{"name Łukasz Nowak", "condition chemotherapy"}},
		{"community title in a care sentence", false, "Prayers for Pastor Elijah Grant, who is recovering from pneumonia.", []string{"name Elijah Grant", "condition pneumonia"}},
		{"unlisted name beside a birth date", false, "Thank you to Leilani Kahale (DOB 02/11/1988) for sharing her story.", []string{"name Leilani Kahale", "birth_date 02/11/1988"}},
		{"hyphenated and accented name", false, "Get well soon, Ana-María Quispe, after your surgery!", []string{"name Ana-María Quispe", "condition surgery"}},
		{"apostrophe in a surname", false, "Best wishes to Siobhan O'Connor, diagnosed with lupus this spring.", []string{"name Siobhan O'Connor", "condition lupus"}},
		{"sign-in sheet line", false, "Sign-in: 1) Tiana Brooks – tiana.b@example.org – 555-0147", []string{"name Tiana Brooks", "email tiana.b@example.org", "phone 555-0147"}},
		{"later mention of an unlisted name", false, "Cheers to Tavita Faleolo, who beat lupus! Tavita ran a 5K.", []string{"name Tavita Faleolo", "condition lupus", "name Tavita"}},
		{"community title without care passes", false, "Coach Andre Dumas led our 5K warm-up. Mayor Linda Carter cut the ribbon.", nil},
		{"places and organisations pass", false, "Join Lakeside General and Miller Park Rotary for a blood drive and flu shots!", nil},
		{"holiday, portal and season pass", false, "Flu Season Is Here! Our Patient Portal is open on Martin Luther King Jr. Day for flu shot sign-ups.", nil},
		{"awareness month passes", false, "November is Alzheimer's Awareness Month. Memory screenings are free.", nil},
		{"new staff by role pass", false, "Welcome Saanvi Deshpande, our new physical therapist! She helps people recover after surgery.", nil},
		{"clinic staff with a title pass", false, "Ask Nurse Priya Shah about insulin pumps at our diabetes class.", nil},
		{"contact line with words between passes", false, "RSVP to Linda Carter at events@maplegrove.example by Friday.", nil},
		{"a contact that is not a list line flags only the email", false, "Questions? Contact Jordan Blake – jordan.blake@example.org", []string{"email jordan.blake@example.org"}},
		{"institutions and events in care sentences pass", false, "Memorial Sloan Kettering and Johns Hopkins experts say the Harvest Festival flu shots at Oak Hall are safe.", nil},
		{"products and portals in care sentences pass", true, "The Apple Watch can spot atrial fibrillation, and MyChart Messages show lab results.", nil},
		{"service names in care sentences pass", false, "Brightside Counseling and Sunrise Hospice offer grief support after a loss.", nil},
		{"title-case headline passes", false, "Back To School Physicals: Sports Physicals And Vaccine Catch-Up", nil},
		{"general advice in a post that names someone passes", false, "Happy 100th birthday, Eleanor! If you or someone you love has high blood pressure, get it checked.", nil},

		// Relationship wording.
		{"caring for you", true, "It was a pleasure caring for you.", []string{"relationship caring for you"}},
		{"taking care of you", true, "The whole team enjoyed taking care of you.", []string{"relationship taking care of you"}},
		{"your follow up in two words", true, "We moved your follow up to noon.", []string{"relationship your follow up"}},
		{"next appointment and records", true, "Your next appointment is set and your records are updated.", []string{"relationship Your next appointment", "relationship your records"}},
		{"caring for the community passes", true, "Caring for our community is why we’re here.", nil},

		// Bare phone numbers and account numbers.
		{"bare seven digits after cell", true, "We’ll call your cell 5550147 today.", []string{"phone 5550147"}},
		{"bare ten digits after reach at", false, "Owner please reach Dana at 5550102234.", []string{"phone 5550102234"}},
		{"three and four digits after mobile", true, "Your mobile 555 0163 is on file.", []string{"phone 555 0163"}},
		{"account number with a short label", true, "We looked up acct 7730918 and fixed it.", []string{"identifier acct 7730918"}},
		{"bare digits without a cue pass", false, "Room 5550147 does not exist. We raised 1250000 cents.", nil},
		{"the clinic's own number bare passes", true, "Call 5550100100 any time.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, Options{Reply: tt.reply, Own: testOwn})
			checkPrivacyInvariants(t, tt.text, got)
			if s := privSummary(got); !slices.Equal(s, tt.want) {
				t.Errorf("Check(%q)\n got %q\nwant %q", tt.text, s, tt.want)
			}
		})
	}
}

func TestFindingKindKeepable(t *testing.T) {
	// Record and ID numbers, dates of birth, and phone numbers and email
	// addresses that are not the clinic's can never be kept.
	never := map[Kind]bool{KindIdentifier: true, KindBirthDate: true, KindPhone: true, KindEmail: true}
	for k := range reasons {
		if k.Keepable() == never[k] {
			t.Errorf("%s: Keepable() = %v", k, k.Keepable())
		}
		if strings.HasSuffix(reasons[k], NeverKept) != never[k] {
			t.Errorf("%s: reason %q and NeverKept disagree", k, reasons[k])
		}
	}
	tests := []struct {
		text string
		kind Kind
		keep bool
	}{
		{"Your DOB is listed as 4/12/1961 in the portal.", KindBirthDate, false},
		{"His SSN is 123-45-6789.", KindIdentifier, false},
		{"Happy birthday to Mr. Tom Reyes! Call him at 555-0142.", KindPhone, false},
		{"You were seen on March 3 by Dr. Okafor.", KindDate, true},
	}
	for _, tt := range tests {
		found := false
		for _, f := range Check(tt.text, Options{Reply: true, Own: testOwn}) {
			if f.Kind == tt.kind {
				found = true
				if f.Keepable() != tt.keep {
					t.Errorf("%q: %s %q keepable = %v", tt.text, f.Kind, f.Text, f.Keepable())
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s finding", tt.text, tt.kind)
		}
	}
}

// TestRecordNumberLabels: the labels staff write before a record number,
// however the word is read elsewhere ("Rx" is a prescription), and a dose
// after one is no record.
func TestRecordNumberLabels(t *testing.T) {
	tests := []struct {
		name, text, want string // want "" for no identifier
	}{
		{"a prescription number after Rx", "Hi Tom, your script Rx 7731-22 is ready with the blood pressure tablets.", "Rx 7731-22"},
		{"an ID alone", "Hi Ana, ID 004512 is on your return-to-work note.", "ID 004512"},
		{"an invoice's own prefix", "Thanks Brenda, invoice INV 20931 for Kayden's stitches has been paid.", "INV 20931"},
		{"a dose after Rx", "Hi Tom, Rx 500mg amoxicillin is ready for you.", ""},
		{"a prescription is no label", "Hi Tom, your prescription 2000 units of vitamin D is ready.", ""},
		{"photo ID and a year", "Hi Ana, bring photo ID 2026 forms to your visit.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Check(tt.text, Options{Reply: true, Own: testOwn}) {
				if f.Kind == KindIdentifier {
					got = append(got, f.Text)
				}
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
				t.Errorf("Check(%q) identifiers = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestNamesOneSpaceApartAreOneFinding: a name found in two parts is shown,
// and removed, whole; names apart by more than spaces, or beside another
// kind, stay apart.
func TestNamesOneSpaceApartAreOneFinding(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		cands []cand
		want  []string
	}{
		{"two parts of one name", "Will Okonkwo-Reyes came in", []cand{{5, 18, KindName}, {0, 4, KindName}}, []string{"name:Will Okonkwo-Reyes"}},
		{"two names with a comma between", "Ana, Luis and me", []cand{{0, 3, KindName}, {5, 9, KindName}}, []string{"name:Ana", "name:Luis"}},
		{"a name beside a condition", "Ana asthma", []cand{{0, 3, KindName}, {4, 10, KindCondition}}, []string{"name:Ana", "condition:asthma"}},
		{"names on two lines", "Ana\nLuis", []cand{{0, 3, KindName}, {4, 8, KindName}}, []string{"name:Ana", "name:Luis"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChecker(tc.text, Options{})
			c.cands = tc.cands
			got := findingTexts(c.resolve())
			if !slices.Equal(got, tc.want) {
				t.Errorf("resolve(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
