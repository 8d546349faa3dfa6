package privacy

import (
	"slices"
	"testing"
)

// Clinics in several countries; the region national numbers are read in
// comes from the + on the clinic's own phone. All numbers are fictional or
// from ranges set aside for examples.
var (
	clinicUS = testOwn // (555) 010-0100, no +: the United States
	clinicDE = Own{Name: "Praxis am Park", Phone: "+49 30 1234567", Address: "Parkstraße 1, Berlin"}
	clinicGB = Own{Name: "Riverside Surgery", Phone: "+44 20 7946 0000", Address: "1 River Road, London"}
	clinicFR = Own{Name: "Cabinet du Parc", Phone: "+33 1 23 45 67 00", Address: "1 rue du Parc, Paris"}
	clinicES = Own{Name: "Clínica del Parque", Phone: "+34 912 345 600", Address: "Calle Mayor 1, Madrid"}
)

// phoneTexts returns the text of each phone finding.
func phoneTexts(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Kind == KindPhone {
			out = append(out, f.Text)
		}
	}
	return out
}

func TestPhoneNumbers(t *testing.T) {
	tests := []struct {
		name   string
		clinic Own
		text   string
		want   []string // phone findings; nil: none
	}{
		// Numbers with a + are found in every clinic's region.
		{"UK with +", clinicUS, "Our London partner: +44 20 7946 0018.", []string{"+44 20 7946 0018"}},
		{"Germany with +", clinicUS, "Call the Berlin office on +49 30 901820 any time.", []string{"+49 30 901820"}},
		{"Spain mobile with +", clinicUS, "Text +34 612 34 56 78 for Spanish.", []string{"+34 612 34 56 78"}},
		{"France with +", clinicUS, "Paris: +33 1 23 45 67 89", []string{"+33 1 23 45 67 89"}},
		{"Japan with +", clinicUS, "Tokyo desk +81 3-1234-5678.", []string{"+81 3-1234-5678"}},
		{"Australia with +", clinicUS, "Sydney +61 2 9876 5432", []string{"+61 2 9876 5432"}},
		{"Mexico with +", clinicUS, "Llame al +52 55 1234 5678.", []string{"+52 55 1234 5678"}},
		{"UK with trunk in parentheses", clinicUS, "Ring +44 (0)20 7946 0018 today.", []string{"+44 (0)20 7946 0018"}},
		{"no-break spaces", clinicUS, "Call +49\u00a030\u00a0901820.", []string{"+49\u00a030\u00a0901820"}},
		{"German number in a German clinic", clinicDE, "Call +44 20 7946 0018 or +49 30 901820.", []string{"+44 20 7946 0018", "+49 30 901820"}},
		{"international prefix instead of +", clinicUS, "Dial 011 44 20 7946 0018 from here.", []string{"011 44 20 7946 0018"}},
		{"a year after the number is not part of it", clinicUS, "London +44 20 7946 0018 2025 season.", []string{"+44 20 7946 0018"}},

		// North American numbers, fictional 555 ones included.
		{"parenthesised area code", clinicUS, "Call her at (555) 010-0142.", []string{"(555) 010-0142"}},
		{"NANP with +1", clinicUS, "Call her at +1 (555) 010-0199.", []string{"+1 (555) 010-0199"}},
		{"NANP with trunk 1", clinicUS, "Her cell is 1-555-010-0199.", []string{"1-555-010-0199"}},
		{"NANP dotted", clinicUS, "Reach him at 555.010.0199.", []string{"555.010.0199"}},
		{"real area code", clinicUS, "Leave it with (415) 555-2671 or 415-555-2671.", []string{"(415) 555-2671", "415-555-2671"}},
		{"local number after a cue", clinicUS, "Missed call from 555-0199 about a refill.", []string{"555-0199"}},
		{"bare digits after a strong cue", clinicUS, "We’ll call your cell 5550147 today.", []string{"5550147"}},
		{"local number in two spaced groups after a strong cue", clinicUS, "Your mobile 555 0163 is on file.", []string{"555 0163"}},
		{"toll-free", clinicUS, "Call 1-800-555-0199 or 800-555-0199.", []string{"1-800-555-0199", "800-555-0199"}},
		{"spaced NANP groups as the US writes them", clinicUS, "Phone 555 010 0199 after noon.", []string{"555 010 0199"}},
		{"another line of the clinic is not its own", clinicUS, "Fax: (555) 010-0101", []string{"(555) 010-0101"}},
		{"a number followed by 24/7 stops before it", clinicUS, "Call (555) 010-0142 24/7.", []string{"(555) 010-0142"}},

		// National numbers in the clinic's own region.
		{"German national with trunk", clinicDE, "Rufen Sie 0611 234 567 an.", []string{"0611 234 567"}},
		{"German area code and slash", clinicDE, "Telefon 0611/234567, bitte.", []string{"0611/234567"}},
		{"German Berlin number", clinicDE, "Ihre Nummer 030 901820 ist notiert.", []string{"030 901820"}},
		{"German international prefix", clinicDE, "Aus dem Ausland: 0044 20 7946 0018.", []string{"0044 20 7946 0018"}},
		{"UK national", clinicGB, "Ring 020 7946 0018 after six.", []string{"020 7946 0018"}},
		{"UK drama mobile grouped the UK way", clinicGB, "Her mobile is 07700 900123.", []string{"07700 900123"}},
		{"UK local number after a cue", clinicGB, "Please call 7946 0018 tomorrow.", []string{"7946 0018"}},
		{"French mobile in pairs", clinicFR, "Appelez le 06 12 34 56 78 demain.", []string{"06 12 34 56 78"}},
		{"French with hyphens", clinicFR, "Portable : 06-12-34-56-78", []string{"06-12-34-56-78"}},
		{"French with periods", clinicFR, "Tél. 01.23.45.67.89", []string{"01.23.45.67.89"}},
		{"Spanish mobile", clinicES, "Llámenos al 612 34 56 78 o al 612 345 678.", []string{"612 34 56 78", "612 345 678"}},

		// Not phone numbers.
		{"years and seasons", clinicUS, "Our 2024-2025 season starts in 1998 style. 2024 2025.", nil},
		{"times", clinicUS, "Open 9:00–17:00; 10:30 and 14.30 slots.", nil},
		{"prices", clinicUS, "A visit is $1,250.00, a grant 1.250.000, a fund 1 250 000.", nil},
		{"dates", clinicUS, "Closed 3/14/2025, 2025-03-14, 03-14-2025 and 14.03.2025.", nil},
		{"ZIP codes", clinicUS, "Springfield, IL 62704 or 62704-1234.", nil},
		{"counts and short numbers", clinicUS, "10,000 steps, 24/7, call 988 or 911, ext. 4, option 3.", nil},
		{"ages in a list", clinicUS, "Ages 2 4 6 8 10 12 and 14 welcome.", nil},
		{"version and network numbers", clinicUS, "Router 192.168.1.1 runs 10.2.3.", nil},
		{"pairs of digits that are no US number", clinicUS, "Lockers 12 34 56 78 90 are free.", nil},
		{"bare digits without a cue", clinicUS, "Room 5550147 does not exist. We raised 1250000 cents.", nil},
		{"seven digits without a cue", clinicUS, "Rooms 555-0199 are in the new wing.", nil},
		{"SSN is an identifier", clinicUS, "Found a form with 123-45-6789 on it.", nil},
		{"policy number", clinicUS, "Policy 55-7788-21 renews.", nil},
		{"German national number in a US clinic", clinicUS, "Call 0611 234 567.", nil},
		{"German years, dates, amounts and codes", clinicDE, "Saison 2024 2025, am 14.03.2025, 1.250.000 Euro, Code 12 34 56 78, Vertrag 55-7788-21, 10115 Berlin.", nil},
		{"French date and time", clinicFR, "Le 14.03.2025 à 10.30, salle 12.", nil},
		{"opening hours with periods after a cue word", clinicUS, "Open from 9.00-17.00, at 8.30-12.30 on Fridays.", nil},
		{"German opening hours", clinicDE, "Sprechzeiten von 8.00-12.00 und 14.00-18.00 Uhr.", nil},
		{"French opening hours", clinicFR, "Ouvert de 08.30-12.30 et de 14.00-18.30.", nil},
		{"serial and reference numbers", clinicUS, "Serial 123-456-7890, ref 4471-2209-3310, ISBN 978-3-16-148410-0.", nil},
		{"a million written with spaces after a cue", clinicUS, "Call it 1 000 000 steps.", nil},

		// The clinic's own number, however it is written.
		{"own US number", clinicUS, "Call (555) 010-0100, 555.010.0100, +1 555 010 0100 or 010-0100.", nil},
		{"own German number", clinicDE, "Rufen Sie uns an: 030 1234567 oder +49 30 1234567.", nil},
		{"own UK number", clinicGB, "Ring 020 7946 0000 or +44 (0)20 7946 0000.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, Options{Own: tt.clinic})
			checkPrivacyInvariants(t, tt.text, got)
			if p := phoneTexts(got); !slices.Equal(p, tt.want) {
				t.Errorf("Check(%q)\n phones %q\n   want %q\n   all  %q", tt.text, p, tt.want, privSummary(got))
			}
		})
	}
}

func TestOwnPhoneRegion(t *testing.T) {
	tests := []struct {
		phone, region string
		cc            int32
	}{
		{"", "US", 1},
		{"(555) 010-0100", "US", 1},
		{"+1 (555) 010-0100 ext. 4", "US", 1},
		{"+49 30 1234567", "DE", 49},
		{"+44 20 7946 0000", "GB", 44},
		{"+33 1 23 45 67 00", "FR", 33},
		{"+34 912 345 600", "ES", 34},
		{"030 1234567", "US", 1}, // no +: the country cannot be told
		{"+800 1234 5678", "US", 800},
		{"not a number", "US", 1},
	}
	for _, tt := range tests {
		o := readOwnPhone(tt.phone)
		if o.region != tt.region || o.cc != tt.cc {
			t.Errorf("readOwnPhone(%q) = region %q, code %d; want %q, %d", tt.phone, o.region, o.cc, tt.region, tt.cc)
		}
	}
}
