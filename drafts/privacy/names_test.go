package privacy

import (
	"slices"
	"strings"
	"testing"
)

// Surnames with particles, names after an apology, and eponyms.
func TestNamesAsWritten(t *testing.T) {
	tests := []struct {
		name  string
		reply bool
		text  string
		want  string // a name finding's text, or "" for none
	}{
		{"Dutch surname after a title", true, "@p.vdberg Mr. van der Berg, your blood thinner dose changes from monday", "Mr. van der Berg"},
		{"Spanish surname after a title", true, "Sr. de la Fuente, su tomografía quedó para el 19-mar", "Sr. de la Fuente"},
		{"a name after an apology", true, "@pepa_lopez_ sorry Pepa, your pregnancy test result is in the portal", "Pepa"},
		{"the reader named by their handle", true, "@nacho_villa Nacho, te vimos ayer en urgencias por el asma, ya estas mejor con el inhalador nuevo?", "Nacho"},
		{"a short form of the handle", true, "@soledad_vp Sole, cómo sigue la herida de la cesárea?", "Sole"},
		{"a handle's word that is a word", true, "@will_o will do! we'll post the new flu clinic hours by friday", ""},
		{"an artist named in a post", false, "Portraits of our team, painted by local artist Tendai Moyo, are now up in the waiting room", ""},
		{"a coach who is a patient", false, "Happy retirement, Coach Bill Harmon! We’ll miss seeing you for your monthly B12 shots.", "Bill Harmon"},
		{"a nickname in lower case", true, "@adebayo.f hope lil tayo is feeling better after his ear tubes!!", "tayo"},
		{"an observance is no one", false, "Día Mundial de la Diabetes, 14 de noviembre: chequeo de azúcar gratis todo el día", ""},
		{"a Spanish imperative with its pronoun", false, "Temporada de gripe: ¡Vacúnate! y protege a tu familia, sin cita de lunes a viernes", ""},
		{"a weekday's short form", false, "Flu shots are here! Walk-ins welcome until 6pm, Mon–Fri at 5 Linden Row 💉", ""},
		{"a new hygienist introduced", false, "Meet our new hygienist, Jo! she loves hiking and terrible puns 🦷", ""},
		{"a disease named after someone", false, "Epilepsy, lupus and Crohn’s disease are chronic conditions that our specialists help manage.", ""},
		{"languages and peoples are no one", false, "Sugar (diabetes) support group every 2nd Tues 6pm 🍎 English, Tagalog & Hindi. Sickle cell is common in Nigerian and Ghanaian families.", ""},
		{"a city is no one", true, "we don't do dialysis here, but we work closely with the dialysis centers in Elmhurst and Geelong", ""},
		{"a place that is also a given name is still a name", true, "@mel.k so glad Sydney's asthma is better since the new inhaler!", "Sydney"},
		{"a city that is also a given name, after from", false, "Welcome to the team, Dr. Raymond Osei! Dr. Osei joins us from Columbus with 15 years of family medicine experience and will be seeing patients Tues–Sat.", ""},
		{"a titled name thanked for a gift", false, "Thank you Miss Loretta for the quilt for the waiting room!! Everybody's been asking who made it", ""},
		{"a titled name thanked, in Spanish", true, "Gracias, Sra. Benítez, por las flores para la sala de espera 🌷 ¡Alegraron a todo el equipo!", ""},
		{"a titled name beside care", false, "Big congratulations to Mrs. Abernethy, back on her feet two weeks after her knee replacement!", "Mrs. Abernethy"},
		{"a titled reader whose reply turns to care later", true, "Hi Mrs. Castellanos! Thank you for the lovely card, the whole team signed it. Please call us if the inhaler isn't helping.", "Mrs. Castellanos"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, Options{Reply: tt.reply})
			var names []string
			for _, f := range got {
				if f.Kind == KindName {
					names = append(names, f.Text)
				}
			}
			if tt.want == "" && len(names) > 0 || tt.want != "" && !slices.Contains(names, tt.want) {
				t.Errorf("Check(%q) names %q, want %q", tt.text, names, tt.want)
			}
		})
	}
}

// A person's handle with a surname or initials that are also place or
// organisation words, or a family handle at a clinic with "Family" in its
// name, is still a person's.
func TestPersonHandles(t *testing.T) {
	own := Own{Name: "Riverside Family Practice"}
	for _, text := range []string{
		"@hyunwoo.park the sleep study is booked for the 14th, bring your usual meds",
		"@dayana.rd Dayana, the ultrasound for your baby es el 12 de enero a las 8",
		"@kaur.family hi! Mrs. K is all set for her cataract surgery on Dec 3rd",
	} {
		if !hasKind(Check(text, Options{Reply: true, Own: own}), KindHandle) {
			t.Errorf("no handle in %q: %q", text, privSummary(Check(text, Options{Reply: true, Own: own})))
		}
	}
	if hasKind(Check("@riversidefamily thanks for sharing our flu clinic dates!", Options{Reply: true, Own: own}), KindHandle) {
		t.Error("the clinic's own handle was flagged")
	}
}

// TestPlaceNamedFirst: the capitalised words after a word that heads a
// place's or a church's name ("Parroquia", "Escuela Primaria") or a
// saint's word ("Santa") are that place's name, not a person's; "Sra."
// still titles one.
func TestPlaceNamedFirst(t *testing.T) {
	tests := []struct {
		name, text, notName, wantName string
	}{
		{"a parish", "Misa de sanación este domingo en la Parroquia San Judas Tadeo, con la mesa de vacunas después.", "Judas", ""},
		{"our lady's parish", "Mesa de salud con vacunas en la Parroquia Nuestra Señora del Rosario el domingo.", "Rosario", ""},
		{"a school", "Las promotoras van a estar en la Escuela Primaria Benito Juárez con información de diabetes.", "Benito", ""},
		{"a saint's market", "Blood pressure checks every Friday at Santa Rita market with the nurses.", "Rita", ""},
		{"a patient after Sra.", "Hola, la Sra. Rosario Vega ya tiene sus resultados de la diabetes.", "", "Rosario Vega"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.text, Options{Reply: true, Own: testOwn})
			found := false
			for _, f := range got {
				if f.Kind != KindName {
					continue
				}
				if tt.notName != "" && strings.Contains(f.Text, tt.notName) {
					t.Errorf("Check(%q) flags the name %q", tt.text, f.Text)
				}
				found = found || tt.wantName != "" && strings.Contains(f.Text, tt.wantName)
			}
			if tt.wantName != "" && !found {
				t.Errorf("Check(%q) = %v, want the name %q", tt.text, got, tt.wantName)
			}
		})
	}
}

// TestGrammarAndDaysAreNoNames: words of grammar before "'s", greetings
// in other languages and days listed together are no one's name; a given
// name that is also a day's short form stays one alone.
func TestGrammarAndDaysAreNoNames(t *testing.T) {
	tests := []struct {
		name, text string
		reply      bool
		wantName   string // "" for no name
	}{
		{"it's", "Body dysmorphia is common in teens. It's not vanity, and CBT works.", false, ""},
		{"he's", "Ha! Yes that's our receptionist 😄 He's been doing hearing tests for years.", true, ""},
		{"a greeting in Hawaiian", "Mahalo! You can drop off blankets for the dialysis chairs anytime.", true, ""},
		{"days listed", "TB test 101: placed Mon, read Wed. Placed Tue, read Thu.", false, ""},
		{"a day in the plural", "Skin checks for over 60s with the nurse, Wednesdays.", false, ""},
		{"a greeting in Māori greets a name", "Kia ora Rangi! You left your crutches in the car park.", true, "Rangi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, f := range Check(tt.text, Options{Reply: tt.reply, Own: testOwn}) {
				if f.Kind == KindName {
					names = append(names, f.Text)
				}
			}
			if tt.wantName == "" && len(names) > 0 || tt.wantName != "" && !slices.Contains(names, tt.wantName) {
				t.Errorf("Check(%q) names = %q, want %q", tt.text, names, tt.wantName)
			}
		})
	}
}

// TestPlacesAndContractions: a word after one of the compass names a
// place, and a contraction of a word of grammar
// ("He'll") is no name; a Tongan surname with an apostrophe is one.
func TestPlacesAndContractions(t *testing.T) {
	tests := []struct {
		name, text, wantName string
	}{
		{"a state after west", "Happy retirement Dr. Freeman! 31 years of caring for hearts in west Georgia.", ""},
		{"a contraction", "Dr. Asante joins the fertility panel. He'll be pushing for more funded IVF cycles.", ""},
		{"an apostrophe in a surname", "Shoutout to the Tu'ipulotu family: Grandpa rang the bell after his last chemo round Friday.", "Tu'ipulotu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, f := range Check(tt.text, Options{Own: testOwn}) {
				if f.Kind == KindName {
					names = append(names, f.Text)
				}
			}
			if tt.wantName == "" && len(names) > 0 || tt.wantName != "" && !slices.Contains(names, tt.wantName) {
				t.Errorf("Check(%q) names = %q, want %q", tt.text, names, tt.wantName)
			}
		})
	}
}

// TestPronounsAndGrammarAreNoNames: "Ella" in a Spanish text is "she",
// and "Let's" is no one's.
func TestPronounsAndGrammarAreNoNames(t *testing.T) {
	checkFindings(t, "Le escribo por mi mamá, la señora Socorro Treviño. Ella tiene 71 años y ya le toca el ultrasonido del corazón.",
		Options{Reply: true}, []string{"name:Socorro Treviño"}, []string{"name:Ella"})
	if c := newChecker("Let's talk", Options{}); !c.notName("let") {
		t.Error(`notName("let") = false, want true: "Let's" names no one`)
	}
	checkFindings(t, "Ella's cast comes off on Friday!", Options{Reply: true}, []string{"name:Ella"}, nil)
}
