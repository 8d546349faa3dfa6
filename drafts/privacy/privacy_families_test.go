package privacy

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The sets scored here carry a language per text and label handles as
// their own kind, so recall can be read per family: the weak family is the
// one to work on. Three of them measure the check on wording nobody tuned it
// on (holdout3: the clinic's informal replies with handles; holdout4:
// English and Spanish mixed), written before the check learned handles,
// Spanish or name data; their individual misses are never printed, so they
// stay held out. The others, privacy_dev*.jsonl, are the sets the check is
// tuned on, each written by someone who never read the check, and their
// misses are printed with -v.

type labelledEntry struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Lang string `json:"lang"`
	Text string `json:"text"`
	PHI  []struct {
		Text string `json:"text"`
		Kind string `json:"kind"`
	} `json:"phi"`
}

type labelledSpan struct {
	privSpan
	kind string
}

var labelKinds = []string{"name", "handle", "date", "identifier", "phone", "email", "address", "condition", "relationship"}

func loadLabelled(t testing.TB, file string) []labelledEntry {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelledEntry
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var e labelledEntry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s line %d: %v", file, line, err)
		}
		if e.ID == "" || seen[e.ID] {
			t.Fatalf("%s line %d: missing or duplicate id %q", file, line, e.ID)
		}
		seen[e.ID] = true
		if e.Kind != "post" && e.Kind != "reply" {
			t.Fatalf("%s: kind %q is neither post nor reply", e.ID, e.Kind)
		}
		if e.Lang != "en" && e.Lang != "es" && e.Lang != "mixed" {
			t.Fatalf("%s: lang %q is not en, es or mixed", e.ID, e.Lang)
		}
		for _, p := range e.PHI {
			if !strings.Contains(e.Text, p.Text) {
				t.Fatalf("%s: labelled %q is not in the text", e.ID, p.Text)
			}
			if !slices.Contains(labelKinds, p.Kind) {
				t.Fatalf("%s: unknown label kind %q", e.ID, p.Kind)
			}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// labelledSpans is privacyExpectedSpans with each span's label kind.
func labelledSpans(e labelledEntry) []labelledSpan {
	labels := make([]label, len(e.PHI))
	for i, p := range e.PHI {
		labels[i] = label{p.Text, p.Kind}
	}
	return spansOf(e.Text, labels)
}

type label struct{ text, kind string }

// spansOf finds every occurrence of each label in text, dropping a span
// inside another ("Rosa" in "Rosa Delgado") so one finding is not scored
// twice.
func spansOf(text string, labels []label) []labelledSpan {
	var all []labelledSpan
	for _, p := range labels {
		for off := 0; ; {
			i := strings.Index(text[off:], p.text)
			if i < 0 {
				break
			}
			all = append(all, labelledSpan{privSpan{off + i, off + i + len(p.text)}, p.kind})
			off += i + len(p.text)
		}
	}
	var out []labelledSpan
	for i, a := range all {
		inside := false
		for j, b := range all {
			if i != j && b.start <= a.start && a.end <= b.end && (b.end-b.start > a.end-a.start || j < i) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, a)
		}
	}
	return out
}

// familyOf sorts a labelled span into the families the issue asked to see:
// names, handles, identifiers, dates, and everything in a Spanish or mixed
// text; the rest are "other".
func familyOf(kind string) string {
	switch kind {
	case "name", "handle", "identifier", "date":
		return kind + "s"
	}
	return "other"
}

type tally struct{ tp, fn int }

func (t tally) recall() float64 { return float64(t.tp) / float64(max(t.tp+t.fn, 1)) }

type setScore struct {
	texts, clean, cleanFlagged int
	tp, fp, fn                 int
	families                   map[string]*tally
}

func (s setScore) precision() float64 { return float64(s.tp) / float64(max(s.tp+s.fp, 1)) }
func (s setScore) recall() float64    { return float64(s.tp) / float64(max(s.tp+s.fn, 1)) }
func (s setScore) cleanRate() float64 { return float64(s.cleanFlagged) / float64(max(s.clean, 1)) }

func (s setScore) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "precision=%.2f recall=%.2f (tp=%d fp=%d fn=%d) clean texts flagged=%d/%d (%.0f%%), %d texts; recall by family:",
		s.precision(), s.recall(), s.tp, s.fp, s.fn, s.cleanFlagged, s.clean, 100*s.cleanRate(), s.texts)
	for _, f := range []string{"names", "handles", "identifiers", "dates", "other", "spanish"} {
		if t := s.families[f]; t != nil {
			fmt.Fprintf(&b, " %s=%.2f (%d/%d)", f, t.recall(), t.tp, t.tp+t.fn)
		}
	}
	return b.String()
}

// scoreLabelled runs the check over a set. show prints each miss and false
// alarm; it is off for held-out sets.
func scoreLabelled(t *testing.T, entries []labelledEntry, own Own, show bool) setScore {
	var s setScore
	for _, e := range entries {
		s.add(t, e.ID, e.Lang, labelledText{e.Text, e.Kind == "reply", labelledSpans(e), own}, show)
	}
	return s
}

// add scores one text into s: its findings against its labels, by family
// when its language is known (lang "" for sets without one). show logs
// each miss and false alarm.
func (s *setScore) add(t testing.TB, id, lang string, lt labelledText, show bool) {
	count := func(family string, hit bool) {
		if s.families == nil {
			s.families = map[string]*tally{}
		}
		if s.families[family] == nil {
			s.families[family] = &tally{}
		}
		if hit {
			s.families[family].tp++
		} else {
			s.families[family].fn++
		}
	}
	kind := "post"
	if lt.reply {
		kind = "reply"
	}
	s.texts++
	got := Check(lt.text, Options{Reply: lt.reply, Own: lt.own})
	if len(lt.spans) == 0 {
		s.clean++
		if len(got) > 0 {
			s.cleanFlagged++
		}
	}
	matched := make([]bool, len(lt.spans))
	for _, f := range got {
		hit := false
		for i, w := range lt.spans {
			if privOverlaps(privSpan{f.Start, f.End}, w.privSpan) {
				matched[i], hit = true, true
			}
		}
		if !hit {
			s.fp++
			if show {
				t.Logf("false alarm %s (%s): %s %q in %q", id, kind, f.Kind, f.Text, lt.text)
			}
		}
	}
	for i, w := range lt.spans {
		if matched[i] {
			s.tp++
		} else {
			s.fn++
			if show {
				t.Logf("missed %s (%s): %s %q in %q", id, kind, w.kind, lt.text[w.start:w.end], lt.text)
			}
		}
		if lang != "" {
			count(familyOf(w.kind), matched[i])
			if lang != "en" {
				count("spanish", matched[i])
			}
		}
	}
}

var holdout3Own = Own{
	Name:       "Harborview Community Clinic",
	Phone:      "555-010-0142",
	Website:    "harborview-clinic.example",
	Address:    "17 Quay Street, Port Allen",
	StaffNames: []string{"Dr. Nadia Petrov", "Dr. Tomás Aguilar", "NP Grace Liu", "Nurse Kwame Boateng"},
}

var holdout4Own = Own{
	Name:       "Clínica Familiar Los Álamos / Los Alamos Family Clinic",
	Phone:      "555-010-0163",
	Website:    "losalamos-familia.example",
	Address:    "220 Calle Mercado, Valle Verde",
	StaffNames: []string{"Dra. Marisol Quintana", "Dr. Ethan Brooks", "Enfermera Rosa Beltrán", "Dr. Kenji Mori"},
}

// The fifth and sixth held-out sets were written at the end of the round
// that built the learned gates, after every change, to measure the check
// once; their writers made up these clinics' staff and contacts.
var holdout5Own = Own{
	Phone:      "(555) 010-2200",
	Website:    "carepostclinic.example",
	Address:    "1420 Alder St",
	StaffNames: []string{"Dr. Okafor", "Dr. Lindqvist", "Nurse Priya", "Nurse Tomás", "Nurse Halvorsen", "Aisha Rahman NP"},
}

var holdout6Own = Own{
	Phone:      "555-0100",
	Address:    "Av. Misión 2200",
	StaffNames: []string{"Dra. Marisol Ibarra", "Dr. Tomás Quiroga", "Enfermera Lemus", "Nurse Joanne Pereira"},
}

// The seventh and eighth held-out sets' writers were given this clinic.
var holdout7and8Own = Own{
	Name:       "Cedar Hollow Family Clinic",
	Phone:      "555-010-0177",
	Website:    "cedarhollow-clinic.example",
	Address:    "88 Birch Avenue",
	StaffNames: []string{"Dr. Renata Kowalczyk", "Dr. Ibrahim Haddad", "NP Sofia Marín", "Nurse Desmond Clarke"},
	Handles:    []string{"@cedarhollowclinic"},
}

var devOwn = Own{
	Name:       "Northgate Family Health",
	Phone:      "555-010-0128",
	Website:    "northgate-health.example",
	Address:    "5 Linden Row, Eastbrook",
	StaffNames: []string{"Dr. Irina Volkova", "Dr. Samuel Osei", "PA Lucía Romero", "Nurse Dev Patel"},
}

var dev2Own = Own{
	Name:       "Bayside Health Partners",
	Phone:      "555-010-0155",
	Website:    "bayside-partners.example",
	Address:    "31 Harbor Lane, Westport",
	StaffNames: []string{"Dr. Amara Nwosu", "Dr. Pablo Ferrán", "NP Mei Tanaka", "Nurse Ola Johansson"},
}

var dev3Own = Own{
	Name:       "Pinecrest Community Health",
	Phone:      "555-010-0171",
	Website:    "pinecrest-health.example",
	Address:    "9 Cedar Walk, Millbrook",
	StaffNames: []string{"Dr. Oksana Hryhorenko", "Dr. Malik Johnson", "NP Camila Reyes", "Nurse Tuan Pham"},
}

var dev4Own = Own{
	Name:       "Centro de Salud Familiar San Isidro",
	Phone:      "555-010-0186",
	Website:    "sanisidro-salud.example",
	Address:    "45 Avenida del Río, Las Lomas",
	StaffNames: []string{"Dra. Valeria Montes", "Dr. Héctor Ibarra", "Enf. Julia Campos", "Dr. Samuel Ortega"},
	Handles:    []string{"@sanisidrosalud"},
}

var dev5Own = Own{
	Name:       "Riverside Family Practice",
	Phone:      "555-010-0193",
	Website:    "riverside-fp.example",
	Address:    "12 Mill Road, Ashford",
	StaffNames: []string{"Dr. Ingrid Solberg", "Dr. Kofi Annan-Boateng", "NP Rosa Delgado", "Nurse Ben Carter"},
	Handles:    []string{"@riversidefp"},
}

// The sixth and seventh tuning sets name no clinic: their writers gave the
// clinic's staff titles ("Dr.", "NP") and no details of its own.
var dev6Own, dev7Own Own

// The eleventh to twenty-second held-out sets were written after the care-word
// tagger (tagger.go) was built, by writers who never saw the check; the
// tagger never learned from them. Their writers were given these clinics.
var (
	holdout11Own = Own{Name: "Maple Ridge Health Centre", Phone: "555-010-0119", Website: "mapleridge-health.example", Address: "61 Orchard Lane, Brookfield",
		StaffNames: []string{"Dr. Hannah Lindgren", "Dr. Chukwuemeka Obi", "NP Ana Paula Reis", "Nurse Jae-won Kim"}, Handles: []string{"@mapleridgehealth"}}
	holdout12Own = Own{Name: "Puente Community Health / Salud Comunitaria Puente", Phone: "(555) 010-0185", Website: "puentehealth.example", Address: "902 Avenida Central, San Lorenzo",
		StaffNames: []string{"Dra. Beatriz Solano", "Dr. Nguyen Van Long", "NP Fatima Diallo", "Enfermero Raúl Peña"}}
	holdout13Own = Own{Name: "Juniper Creek Medical", Phone: "555-010-0134", Website: "junipercreek.example", Address: "5 Ferry Road, Alderton",
		StaffNames: []string{"Dr. Olga Varga", "Dr. Samir Qureshi", "NP Grace Adeyemi", "Nurse Tom Whitfield"}}
	holdout14Own = Own{Name: "Centro de Salud La Esperanza", Phone: "(555) 010-0151", Website: "laesperanza-salud.example", Address: "77 Calle Olivo, San Marcos",
		StaffNames: []string{"Dra. Elena Castro", "Dr. Yusuf Demir", "Enfermera Pilar Soto", "Dr. Andrés Vela"}}
	holdout15Own = Own{Name: "Stonebridge Family Practice", Phone: "555-010-0127", Website: "stonebridge-fp.example", Address: "40 Kiln Street, Hartwell",
		StaffNames: []string{"Dr. Miriam Feld", "Dr. Oluwaseun Bakare", "NP Carla Jiménez", "Nurse Peter Lund"}}
	holdout16Own = Own{Name: "Clínica San Rafael", Phone: "(555) 010-0158", Website: "sanrafael-clinica.example", Address: "14 Avenida Juárez, Los Pinos",
		StaffNames: []string{"Dra. Inés Robles", "Dr. Kofi Mensah", "Enfermero Julio Cano", "Dra. Mei Lin"}}
	holdout17Own = Own{Name: "Kestrel Health Clinic", Phone: "555-010-0196", Website: "kestrelhealth.example", Address: "3 Willow Parade, Eastmoor",
		StaffNames: []string{"Dr. Aisha Bello", "Dr. Connor Walsh", "NP Lourdes Santos", "Nurse Hemi Parata"}}
	holdout19Own = Own{Name: "Birchwood Health Partners", Phone: "555-010-0188", Website: "birchwood-health.example", Address: "12 Tannery Lane, Ashby",
		StaffNames: []string{"Dr. Leila Farahani", "Dr. Marcus Holt", "NP Ji-ho Park", "Nurse Bridget Doyle"}}
	holdout20Own = Own{Name: "Clínica Nuestra Señora del Carmen", Phone: "(555) 010-0144", Website: "clinicacarmen.example", Address: "88 Calle Real, Santa Fe",
		StaffNames: []string{"Dra. Lucía Arbeláez", "Dr. Emeka Nwosu", "Enfermera Rosa Quispe", "Dr. Tomás Landa"}}
	holdout21Own = Own{Name: "Larchmont Community Clinic", Phone: "555-010-0161", Website: "larchmont-clinic.example", Address: "9 Mercer Row, Dunmore",
		StaffNames: []string{"Dr. Esther Kaplan", "Dr. Tunde Bamidele", "NP Rosa Albán", "Nurse Kieran Walsh"}}
	holdout22Own = Own{Name: "Centro Médico Familiar Las Palmas", Phone: "(555) 010-0179", Website: "laspalmas-medico.example", Address: "310 Avenida del Sol, Costa Azul",
		StaffNames: []string{"Dra. Carmen Villalba", "Dr. Arjun Mehta", "Enfermera Gloria Ibáñez", "Dr. Felipe Oduya"}}
	// The twenty-third to twenty-sixth were written at the start of the
	// round that added the second reading (widen.go), before any change.
	holdout23Own = Own{Name: "Sycamore Bend Family Medicine", Phone: "555-010-0132", Website: "sycamorebend-fm.example", Address: "240 Prairie Road, Linden Falls",
		Handles: []string{"@sycamorebendfm"}, StaffNames: []string{"Dr. Rachel Okonkwo", "Dr. Daniel Ferreira", "NP Hye-jin Choi", "Nurse Luis Arroyo", "Brenda"}}
	holdout24Own = Own{Name: "Centro de Salud Río Bravo / Rio Bravo Health Center", Phone: "(555) 010-0146", Website: "riobravo-salud.example", Address: "415 Calle Frontera, Puerto Viejo",
		Handles: []string{"@riobravosalud"}, StaffNames: []string{"Dra. Adriana Saldívar", "Dr. Kwabena Owusu", "NP Maricela Treviño", "Enfermero Javier Ochoa", "Promotora Lupe Garza"}}
	holdout25Own = Own{Name: "Harbourside Health & Physio", Phone: "555-010-0124", Website: "harbourside-health.example", Address: "9 Wharf Street, Kingsmere",
		Handles: []string{"@harbourside_health"}, StaffNames: []string{"Dr. Siobhan Gallagher", "Dr. Emeka Eze", "Physio Tomasz Wrona", "Hygienist Priya Nair", "Midwife Aroha Ngata"}}
	holdout26Own = Own{Name: "Clínica Familiar Alborada", Phone: "(555) 010-0167", Website: "alborada-clinica.example", Address: "1200 Avenida Las Américas, Villa Nueva",
		Handles: []string{"@clinicaalborada"}, StaffNames: []string{"Dra. Valentina Ocampo", "Dr. Hernán Echeverry", "Enfermera Yesenia Colón", "Psicóloga Mariana Pardo", "Dr. Ibrahim Sesay"}}
	// The twenty-seventh to thirtieth were written during that round and
	// first scored when its changes were done.
	holdout27Own = Own{Name: "Redwood Hollow Family Practice", Phone: "555-010-0115", Website: "redwoodhollow-fp.example", Address: "52 Station Street, Millers Ford",
		Handles: []string{"@redwoodhollowfp"}, StaffNames: []string{"Dr. Angela Whitaker", "Dr. Samuel Mwangi", "NP Julia Kowalski", "Nurse Diego Fuentes", "Tammy"}}
	holdout28Own = Own{Name: "Centro de Salud Puente Verde / Green Bridge Health Center", Phone: "(555) 010-0137", Website: "puenteverde-salud.example", Address: "260 Calle Sauce, Villa Esperanza",
		Handles: []string{"@puenteverdesalud"}, StaffNames: []string{"Dra. Isabel Montoya", "Dr. Chinedu Okafor", "NP Lorena Varela", "Enfermero Rubén Castillo", "Promotora Nena Salas"}}
	holdout29Own = Own{Name: "Lakeshore Commons Health", Phone: "555-010-0126", Website: "lakeshorecommons.example", Address: "18 Mariner Way, Eastholme",
		Handles: []string{"@lakeshorecommons"}, StaffNames: []string{"Dr. Moira Fitzpatrick", "Dr. Tendai Moyo", "NP Priyanka Rao", "Physio Gareth Evans", "Counsellor Oksana Melnyk"}}
	holdout30Own = Own{Name: "Clínica Santa Lucía", Phone: "(555) 010-0159", Website: "santalucia-clinica.example", Address: "980 Avenida Libertad, Nueva Aurora",
		Handles: []string{"@clinicasantalucia"}, StaffNames: []string{"Dra. Paula Cifuentes", "Dr. Babajide Olatunji", "Enfermera Xiomara Reyes", "Psicólogo Martín Arce", "Dra. Lin Wei"}}
	holdout18Own = Own{Name: "Salud Familiar del Norte", Phone: "(555) 010-0171", Website: "saludnorte.example", Address: "501 Calle Hidalgo, Monte Alto",
		StaffNames: []string{"Dra. Teresa Guzmán", "Dr. Piotr Nowak", "Enfermera Dalia Ruiz", "Dr. Samuel Osei"}}
	holdout31Own = Own{Name: "Cedar Hollow Dental & Physio", Phone: "555-0163", Website: "cedarhollowcare.example", Address: "212 Birchwood Ave, Lakemont",
		Handles: []string{"@cedarhollowcare"}, StaffNames: []string{"Dr. Miriam Osei-Bonsu", "Dr. Felix Arnaud", "hygienist Tess Kowalczyk", "physio Ravi Menon", "Jolene"}}
	holdout32Own = Own{Name: "Bright Hollow Family Health", Phone: "555-0188", Website: "brighthollowhealth.example", Address: "48 Quarry Rd, Ashford",
		Handles: []string{"@brighthollowhealth"}, StaffNames: []string{"Dr. Nnamdi Eze", "NP Carla Jennings", "Dr. Hyun-woo Park", "nurse Bea Lindqvist", "Marisol"}}
	holdout33Own = Own{Name: "Clínica Familiar Río Claro", Phone: "555-0127", Website: "rioclaro-salud.example", Address: "1320 Calle Mesquite, San Benito",
		Handles: []string{"@clinicarioclaro"}, StaffNames: []string{"Dra. Guadalupe Treviño", "Dr. Esteban Villarreal", "enfermera Yesenia Olvera", "promotora Chela Ramírez"}}
	holdout34Own = Own{Name: "Kestrel Bay Health Centre", Phone: "555-0149", Website: "kestrelbay.example", Address: "3 Wharf Street, Port Ellery",
		Handles: []string{"@kestrelbayhealth"}, StaffNames: []string{"Dr Aoife Brennan", "Dr Tevita Fifita", "nurse practitioner Jas Grewal", "Sister Maureen Doyle", "Kirra"}}
	holdout35Own = Own{Name: "Pine Ridge Family Medicine", Phone: "555-0142", Website: "pineridgefamilymed.example", Address: "412 Depot St, Millbrook",
		Handles: []string{"@pineridgefammed", "@pineridgefamilymedicine"}, StaffNames: []string{"Dr. Carla Whitfield", "Dr. Sam Okafor", "Dr. Elena Reyes-Lind", "Tasha Greer, NP", "Mike Dunn, PA", "Brandi Sykes, RN", "Kayla Moss, MA", "Lorna Pettit"}}
	holdout37Own = Own{Name: "Lowfield Women & Children's Clinic", Phone: "555-0147", Website: "lowfieldclinic.example", Address: "118 Stamford Road, Hallbridge",
		Handles: []string{"@lowfieldwcc", "@lowfield.clinic"}, StaffNames: []string{"Dr. Priya Rao", "Dr. Tomasz Nowak", "Dr. Emeka Obi", "Dr. Sunita Verma", "Grace Mensah", "Efua Asante", "Sandra Whitlock", "Joy Campbell", "Rumana Islam", "Anca Popescu", "Helen Brierley", "Bisi Adewale"}}
	holdout38Own = Own{Name: "Harbourline Health Collective", Phone: "555-0142", Website: "harbourlinehealth.example", Address: "218 Quarry Lane, Eastbrook",
		Handles: []string{"@harbourlinehealth", "@harbourline@mastodon.example", "@harbourline.bsky.example"}, StaffNames: []string{"Dr. Priya Raman", "Callum Reyes", "Nadia Fournier", "Dr. Aisha Bello", "Dr. Felix Ortega", "Maeve O'Donnell", "Jordan Hale", "Sunny Park"}}
	holdout39Own = Own{Name: "Larkspur Dermatology & Skin", Phone: "555-0142", Website: "larkspurderm.example", Address: "418 Cedar Hollow Rd, Millbrook",
		Handles: []string{"@larkspurderm", "@larkspur.skin"}, StaffNames: []string{"Dr. Camila Reyes", "Dr. Tobias Lindqvist", "Dr. Priya Nandakumar", "Jolene Ashby", "Sofía Marín", "Kwame Boateng", "Bea Santangelo"}}
	holdout40Own = Own{Name: "Clínica Familiar La Frontera", Phone: "555-0142", Website: "clinicalafrontera.example", Address: "1208 E. Calle Nogal, Villa Mesquite",
		Handles: []string{"@clinicalafrontera", "@clinicalafrontera.vm", "#ClinicaLaFrontera"}, StaffNames: []string{"Dr. Ramiro Cantú", "Dr. Cantú", "Dra. Elena Villarreal", "Dra. Villarreal", "Dra. Elena", "Dr. Tomás Ybarra", "Dr. Ybarra", "Marisol Peña", "Marisol", "Beto Quintanilla", "Beto", "Yesenia Rocha", "Yesi", "Araceli Gómez", "Araceli", "Norma Leal", "Norma", "Irma Saldívar", "Lic. Irma Saldívar", "Irma", "Lety Ochoa", "Lety", "Caro Jasso", "Caro"}}
	holdout41Own = Own{Name: "Harborline Occupational Health & Urgent Care", Phone: "555-0142", Website: "harborlineoccmed.example", Address: "2290 Terminal Rd, Port Calder",
		Handles: []string{"@harborlineoccmed", "@harborlineclinic.bsky.social"}, StaffNames: []string{"Dr. Ifeoma Okafor", "Dr. Raj Bhatt", "Tessa Lindqvist, PA-C", "Marco Ruiz, RN", "Janelle Pryor", "Keoni Akana"}}
	holdout42Own = Own{Name: "Banksia Heads Geriatric & Memory Clinic and Pharmacy", Phone: "555-0142", Website: "banksiaheads.example", Address: "14 Esplanade Lane, Banksia Heads",
		Handles: []string{"@banksiaheadsclinic", "@banksiaheads.bsky.social", "@BanksiaHeadsPharmacy"}, StaffNames: []string{"Dr. Margot Ellery", "Dr. Sunil Rao", "Dr. Hana Okafor", "Tess Kavanagh", "Arjun Mehta", "Bronwyn Achterberg", "Liam Fairweather", "Priya Nandakumar", "Deb Mullins", "Kim Tran", "Lou Petersen"}}
	holdout43Own = Own{Name: "Curbside Care Collective", Phone: "555-0142", Website: "curbsidecare.example", Address: "412 Alder St, Riverton",
		Handles: []string{"@curbsidecare", "@curbsidecare.bsky.social"}, StaffNames: []string{"Dr. Imani Okafor", "Tomás Reyes", "Jolene Pratt", "Marisol Vega", "Dev Pillai", "Kwame Boateng", "Dr. Hannah Lindqvist", "Becca Lund", "Omar Haddad"}}
	holdout44Own = Own{Name: "Harbourgate Chinatown Community Health Centre", Phone: "555-0142", Website: "harbourgatechc.example", Address: "218 Pender Lane, Port Alder",
		StaffNames: []string{"Dr Grace Yip", "Dr Yip", "Doctor Yip", "Dr Henry Kwok", "Dr Kwok", "dr kwok", "Dr Liu Fang", "Doctor Liu", "Dr Alan Ng", "Dr Ng", "dr ng", "Nurse Mandy Chow", "Nurse Mandy", "Mandy", "mandy", "Vincent Lo", "Vincent", "Mr Lo", "Ivy Szeto", "Ivy", "Peter Ho", "Stella Chu", "Sandy Mak", "Sandy", "Bonnie", "Alice Tong", "Dr Chan"}, Handles: []string{"@harbourgatechc"}}
	holdout45Own = Own{Name: "Wapiti River Health Centre", Phone: "306-555-0142", Website: "wapitiriverhealth.example", Address: "212 Railway Ave, Pelican Bend, SK S0K 3R0",
		StaffNames: []string{"Dr. Marcel Fayant", "Marcel Fayant", "Dr. Fayant", "Dr Fayant", "Marcel", "Colleen Whitehawk", "Colleen", "Darlene", "Jolene Sinclair", "Jolene", "Terrence Badger", "Terrence", "Elder Rose Kaye", "Rose Kaye", "Rose", "Travis Moosomin", "Travis", "Priya", "Shauna", "Crystal Nepoose", "Crystal", "Kendra Swiftwolf", "Kendra", "Ray", "Francine", "Elder Lawrence Kennedy", "Amber", "Nathan", "Kokum Theresa"}, Handles: []string{"@WapitiRiverHealth"}}
	holdout46Own  = Own{Name: "Hollis Valley Community Clinic", Phone: "(254) 555-0142", Website: "hollisvalleyclinic.example", Address: "1810 Garrison Rd, Copperton, TX 76599", StaffNames: []string{"Renata Alvarez", "Dr. Alvarez", "Dra. Alvarez", "Marcus Whitfield", "Dr. Whitfield", "dr whitfield", "Priya Raman", "Dr. Raman", "dr raman", "Dana Kowalczyk", "Dana", "NP Dana", "Travis Hendricks", "Doc Hendricks", "doc hendricks", "Hendricks", "Jolene Pruitt", "Jolene", "Luis Ortega", "Luis", "Keisha Banks", "Keisha", "Yesenia Cruz", "Yesenia", "Brianna Tate", "Brianna", "Tomás Reyes", "Reyes", "Annika Lund", "Annika", "annika"}, Handles: []string{"@HollisValleyClinic", "@HollisValleyCHC"}}
	holdout47Own  = Own{Name: "Cedar Bend Hospice & Palliative Care", Phone: "555-0142", Website: "cedarbendhospice.example", Address: "412 W Mill St, Alder Falls, IA", StaffNames: []string{"Deb Kowalski", "Deb", "Nurse Deb", "Marcy Lindqvist", "Marcy", "Nurse Marcy", "Jolene", "Jolene Hartsock", "Bree", "Bree Schultz", "bree schultz", "Luis", "Luis Ortega", "luis", "Pastor Ron", "Karla", "Karla Ruiz", "Kathy", "Kathy Sorensen", "Tom", "Tom Brekke", "Dr. Anil Mehta", "Dr. Mehta", "Dr Mehta", "Nancy", "Nancy Elsbernd", "Arlene Dvorak", "Arlene", "Gus", "Joan", "Earl", "Marian"}, Handles: []string{"@cedarbendhospice"}}
	holdout48Own  = Own{Name: "Linden Park High School-Based Health Center (Linden Park SBHC)", Phone: "555-0142", Website: "lindenparkshc.example", Address: "Linden Park High School, 2400 Marlowe Ave, Room B112, Eastport", StaffNames: []string{"Rosalind Tran", "Ms. Tran", "ms tran", "Gabe Alvarez", "Nurse Gabe", "nurse gabe", "Gabe", "Mr. Alvarez", "Priya Menon", "Dr. Menon", "dr menon", "Keisha Booker", "Ms. Booker", "ms booker", "Marisol Vega", "Marisol", "Mr. Salcedo", "Ms. Warsame", "Ms. Adeyemi", "ms adeyemi", "Samuel Osei-Bonsu", "Mr. Haddad"}, Handles: []string{"@lindenparkshc", "@LPHS_HealthCtr"}}
	holdout49Own  = Own{Name: "Ayomide Family Clinic", Phone: "555-0142", Website: "ayomidefamilyclinic.example", Address: "14 Adeniran Ogunsanya Street, Surulere, Lagos", StaffNames: []string{"Dr Folake Adebayo", "Dr Folake", "Folake", "Dr Chinedu Okeke", "Dr Okeke", "Doctor Chinedu", "Oga Chinedu", "Chinedu", "Nurse Amaka Eze", "Nurse Amaka", "Amaka", "Nurse Blessing", "Mrs Ronke Bello", "Aunty Ronke", "Dr Ifeanyi Uzor", "Dr Ifeanyi", "Mr Kayode Adeyemi", "Kayode", "Nurse Grace", "Grace", "Nurse Ada", "Ada"}, Handles: []string{"@ayomidefamilyclinic", "@AyomideClinicNG"}}
	holdout50Own  = Own{Name: "Palmgrove Surgery", Phone: "020 555 0147", Website: "palmgrovesurgery.example", Address: "118 Tullis Hill Road, London SW9 0ZX", StaffNames: []string{"Dr Angela Bailey", "Angela Bailey", "Dr Bailey", "Dr Femi Olatunji", "Femi Olatunji", "Dr Olatunji", "Dr Femi", "Dr O", "Dr Hannah Reid", "Hannah Reid", "Dr Reid", "Dr Chidi Eze", "Chidi", "Claudette Morgan", "Nurse Claudette", "nurse Claudette", "nurse claudette", "Claudette", "Kemar Douglas", "Kemar", "Desmond", "Yvonne Thompson", "Yvonne", "Sharon Ellis", "Sharon", "Tunde Bakare", "Tunde", "Dr Campbell-Walker"}, Handles: []string{"@PalmgroveSurgery", "@palmgrove.surgery"}}
	holdout51Own  = Own{Name: "Chatterbox Pediatric Therapy", Phone: "614-555-0142", Website: "chatterboxtherapy.example", Address: "2270 Linden Park Dr, Suite 110, Brookfield Heights, OH 43099", StaffNames: []string{"Dr. Leah Whitford", "Leah", "Dr. Whitford", "Dr Whitford", "Kelsey", "Ms. Kelsey", "Ms Kelsey", "Ben", "Jenna", "Marcus", "Hannah", "Priya", "Ms. Priya", "Rosa", "Aubrey", "Aubrey Lindqvist", "Dr. Simone Achebe", "Simone", "Dr. Achebe", "Dana", "Tasha", "Waffles"}, Handles: []string{"@chatterboxpeds", "@ChatterboxPediatricTherapy"}}
	holdout52Own  = Own{Name: "Murrumbidgee Men's Health & Urology", Phone: "(02) 555 0142", Website: "murrumbidgeemenshealth.example", Address: "Suite 4, 27 Tarcutta Lane, Wagga Wagga NSW 2650", StaffNames: []string{"Dr Priya Raman", "Priya Raman", "Dr Raman", "dr raman", "Dr Tom Whitcombe", "Dr Whitcombe", "Dr Callum O'Sullivan", "Dr O'Sullivan", "Callum", "Shaz", "Nurse Shaz", "Bec", "Kylie", "Jarrah", "Donna"}, Handles: []string{"@mmhu_wagga", "@murrumbidgeemenshealth"}}
	holdout53Own  = Own{Name: "Verloskundigenpraktijk De Amstelwieg", Phone: "020 555 0147", Website: "deamstelwieg.example", Address: "Ceintuurbaan 214, 1072 GE Amsterdam", StaffNames: []string{"Femke", "Femke de Vries", "Sanne", "Sanne Bakker", "Joyce", "Joyce Mensah", "Maartje", "Maartje Kok", "Iris", "Iris Brouwer", "Priya", "Priya Raman", "Lotte", "Lotte Hendriks"}, Handles: []string{"@deamstelwieg", "@amstelwieg.verloskunde"}}
	holdout54Own  = Own{Name: "Cedar Hollow Family & Urgent Care", Phone: "555-0142", Website: "cedarhollowclinic.example", Address: "418 Alder St, Mossbrook, OR 97099", StaffNames: []string{"dr raman", "raman", "Dr. Priya Raman", "marcus", "marcus lindqvist", "jess", "nurse tali", "tali", "brenda", "diego", "diego fuentes"}, Handles: []string{"@cedarhollowcare", "@cedarhollow.clinic", "@cedarhollowcare.bsky.social"}}
	holdout55Own  = Own{Name: "Clínica Familiar Brisas del Caribe", Phone: "305-555-0142", Website: "brisasclinica.example", Address: "4410 NW 7th St, Miami, FL 33126", StaffNames: []string{"Dra. Marisol Echeverría", "Dra. Echeverría", "Dr. Ramón Ferrer", "Dr. Ferrer", "Dra. Beatriz Almonte", "Dra. Almonte", "Dr. Almonte", "Dr Almonte", "Dr. Luis Arredondo", "Dr. Arredondo", "Lic. Tomás Quintero", "Lic. Quintero", "Yanelis", "Dayami", "Orlando", "Mireya", "Héctor", "Lourdes"}, Handles: []string{"@brisasclinica"}}
	holdout56Own  = Own{Name: "Tautua Ora Health Centre", Phone: "09 555 0147", Website: "tautuaora.example", Address: "27 Fale Road, Ōtara, Auckland 2023", StaffNames: []string{"Dr Mele Fifita", "Dr Fifita", "Dr Ana Mahe", "Ana", "Dr Mahe", "Dr Hamish Clarke", "Hamish", "Dr Clarke", "dr hamish", "Nurse Aroha", "nurse aroha", "Nurse Teuila Faleolo", "Nurse Teuila", "Teuila", "Sione Vaipulu", "Sione", "Losa", "Tevita Halafihi", "Tevita", "Pharmacist Ngaire Rākete", "Ngaire Rākete", "Ngaire"}, Handles: []string{"@tautuaora", "@tautuaora.health"}}
	holdout57Own  = Own{Name: "Sightline Eye & Hearing Centre", Phone: "905-555-0142", Website: "sightlineeyehearing.example", Address: "88 Maple Grove Rd, Brampton, ON L6T 0A1", StaffNames: []string{"Dr. Anand Krishnan", "Anand Krishnan", "Dr. Krishnan", "Dr Krishnan", "Dr. Harpreet Gill", "Harpreet Gill", "Dr. Gill", "Dr Gill", "dr gill", "Dr. Marisol Tavares", "Marisol Tavares", "Dr. Tavares", "Dr Tavares", "Amina Warsame", "Amina", "Joy Dela Cruz", "Joy", "Kiran Sidhu", "Kiran", "Ravi", "Hodan"}, Handles: []string{"@sightline.brampton", "@sightline.toronto"}}
	holdout58Own  = Own{Name: "Clínica Familiar Coquí", Phone: "407-555-0142", Website: "clinicacoqui.example", Address: "415 Flamboyan Blvd, Kissimmee, FL 34741", StaffNames: []string{"Dra. Marisol Figueroa", "Marisol Figueroa", "Dra. Figueroa", "Dra Figueroa", "Figueroa", "Dr. Rivera Ortiz", "Dr. Rivera", "Dr Rivera", "Rivera", "Dr. Javier Colón", "Javier Colón", "Dr. Colón", "Dr Colón", "Colón", "Nilda", "Yahaira", "Brenda", "Keishla", "Wilmarie"}, Handles: []string{"@clinicacoqui", "@clinicacoqui_bayamon"}}
	holdout59Own  = Own{Name: "Riverbend Family Health & Physio", Phone: "(02) 5550 0123", Website: "riverbendhealth.example", Address: "Level 1, 42 Wattle Lane, Parramatta NSW 2150", StaffNames: []string{"Dr Sione Faleolo", "Dr Sione", "Sione", "Josh", "Leilani", "Rahul", "Dr Priya Raman", "Dr Priya", "Dr Minh Tran", "Dr Minh", "Dr Tran", "Nurse Bec", "Bec", "Thuy", "Nour", "Dr Amira Haddad", "Dr Amira", "Dr Haddad"}, Handles: []string{"@riverbend.health", "@riverbendphysio"}}
	holdout60Own  = Own{Name: "Saguaro Bloom Geriatrics & Memory Care", Phone: "(602) 555-0148", Website: "saguarobloomgeriatrics.example", Address: "7301 E Palo Verde Crossing, Suite 110, Scottsdale, AZ 85251", StaffNames: []string{"Dr. Anita Mehra", "Anita Mehra", "Dr. Mehra", "Dr Mehra", "Dra. Mehra", "Dr. Luis Carrillo", "Dr. Carrillo", "Dr Carrillo", "Joanne Tate", "Joanne", "Kevin Brandt", "Kevin", "Tess Lindgren", "Tess", "Marisol Vega", "Marisol", "Denise Ortiz", "Denise"}, Handles: []string{"@saguarobloomgeri"}}
	holdout61Own  = Own{Name: "Trinity Ridge Men's Health & Urology", Phone: "214-555-0142", Website: "trinityridgeurology.example", Address: "4120 Cedar Bend Pkwy, Suite 210, Irving, TX 75038", StaffNames: []string{"Dr. Marcus Oyelaran", "Dr. Oyelaran", "dr oyelaran", "Dr. O", "dr o", "Dr. Elena Castañeda", "Dr. Castañeda", "Dra. Castañeda", "Dr C", "Dr. Whitfield", "dr whitfield", "Kayla Dunn", "Kayla", "Rosa Villarreal", "nurse Rosa", "Rosa", "Luis Ibarra", "Luis", "Tasha", "Jamal", "Dee", "Minh"}, Handles: []string{"@TrinityRidgeUro", "@trinityridge.urology"}}
	holdout62Own  = Own{Name: "Stoop & Harbor Community Health Center", Phone: "410-555-0142", Website: "stoopharborhealth.example", Address: "3417 Bayrow Street, Baltimore, MD 21224", StaffNames: []string{"Dr. Amir Haddad", "Amir Haddad", "Dr. Haddad", "Dr Haddad", "Haddad", "Nurse Dee Fambro", "Dee Fambro", "Nurse Dee", "nurse dee", "Dee", "PA Lorrie Szymanski", "Lorrie Szymanski", "Lorrie", "Dr. Renata Kowalczyk", "Renata Kowalczyk", "Dr. Kowalczyk", "Dr K", "Marisol Reyes", "Marisol", "Kevin Oduya", "Kevin", "Tonya Beal", "Tonya", "Dr. Priya Natarajan", "Priya Natarajan", "Dr. Natarajan", "Earl", "Denise", "Big Lou", "Angie"}, Handles: []string{"@StoopHarborCHC"}}
	holdout63Own  = Own{Name: "Clínica Familiar La Ceiba", Phone: "(305) 555-0147", Website: "laceibafamilia.example", Address: "1450 W 49th St, Hialeah, FL 33012", StaffNames: []string{"Marisol Echeverría Pujol", "Dra. Echeverría", "Dr. Echeverría", "Echeverría", "Dr. E", "Dra.", "Rafael Quintana Ledesma", "Dr. Quintana", "Quintana", "Dr. Q", "Yadira Cabrera", "Yadira", "Maritza", "Lázaro Fonseca", "Lázaro", "Yuneisy Rosales", "Daniel Ortiz Vega", "Dani", "PA Ortiz", "Ortiz"}, Handles: []string{"@laceibafamilia", "@clinicalaceiba"}}
	holdout64Own  = Own{Name: "Cedar Hollow Family Medicine", Phone: "801-555-0142", Website: "cedarhollowfamilymed.example", Address: "1450 N Juniper Hollow Dr, Provo, UT 84604", StaffNames: []string{"Dr. Ana Fifita", "Dr. Fifita", "Dr. Kaden Lund", "Dr. Lund", "Dr Lund", "Dr. Marisa Holt", "Dr. Holt", "Dr. Nielsen", "Kenzie", "Kenz", "Tevita Vake", "Tevita", "Brynlee", "Jolene"}, Handles: []string{"@cedarhollowfm", "@cedarhollowfamilymed"}}
	holdout65Own  = Own{Name: "Cedar & Lake Eye Clinic", Phone: "414-555-0147", Website: "cedarlakeeye.example", Address: "1840 N Lakefront Way, Milwaukee, WI 53202", StaffNames: []string{"Dr. Halvorsen", "Dr. H", "Dr. Marcus Oyelaran", "Dr. Oyelaran", "Dr. Priya Venkataraman", "Dr. Venkataraman", "Dr. V", "Dr V", "Dr. Tom Brekke", "Dr. Brekke", "Dr. Leah Kowalczyk", "Dr. Kowalczyk", "Dr. K", "Deb Schultz", "Deb", "Kayla", "Barb", "Jorge Ruiz", "Jorge", "Renee"}, Handles: []string{"@CedarLakeEye"}}
	holdout66Own  = Own{Name: "Delta Bridge Community Health", Phone: "(662) 555-0143", Website: "deltabridgehealth.example", Address: "1207 Nelson St, Greenville, MS 38701", StaffNames: []string{"Dr. Loretta Pruitt", "Dr. Pruitt", "Dr Pruitt", "Dr. Ambrose Tillman", "Dr. Tillman", "Dr Tillman", "Nurse Denise Whitfield", "Nurse Denise", "Ms. Denise", "Nurse Practitioner Yolanda Banks", "Yolanda Banks", "NP Banks", "Ms. Yolanda", "Tasha Greer", "Ms. Tasha", "Carolyn Mabry", "Ms. Carolyn", "ms carolyn", "Kendra Hollins", "Kendra", "Mr. Felix Dorsey", "Mr. Felix"}, Handles: []string{"@DeltaBridgeHC", "@deltabridgehealth"}}
	holdout67Own  = Own{Name: "Centro de Salud Surco Verde", Phone: "(559) 555-0147", Website: "surcoverde.example", Address: "2280 S. Calle Cosecha, Fresno, CA 93706", StaffNames: []string{"Dra. Harpreet Sandhu", "Dra. Sandhu", "Dr. Sandhu", "Chayo Medrano", "Chayo", "Rocío Pantoja", "Rocío", "Nayeli Ochoa", "Nayeli", "Brenda Solís", "Brenda", "Dr. Kevin Thao", "Dr. Thao", "Dra. Ibarra", "Dr. Villaseñor", "Marisol Cortez", "Marisol"}, Handles: []string{"@surcoverdesalud", "@SurcoVerdeDelano"}}
	holdout68Own  = Own{Name: "Kestrel Stride Sports Medicine", Phone: "617-555-0148", Website: "kestrelstride.example", Address: "418 Alder Wharf St, 2nd floor, Boston, MA 02116", StaffNames: []string{"Dr. Priya Venkataraman", "Dr. Venkataraman", "Dr. V", "dr v", "Dr. Marcus Oyelaran", "Dr. Oyelaran", "dr oyelaran", "Jess Malloy", "Jess", "jess", "Tomás Reyes", "Tomás", "tomás", "Kenji Arakawa", "Kenji", "Dana Whitcomb", "Dana"}, Handles: []string{"@kestrelstride"}}
	holdout69Own  = Own{Name: "Prairie Crocus Family Health Team", Phone: "204-555-0132", Website: "prairiecrocusfht.example", Address: "455 Crocus Meadow Rd, Winnipeg, MB R2M 0X5", StaffNames: []string{"Anneliese", "Dr. Friesen", "Dr Friesen", "Dr. Marco Dela Cruz", "Dr. Dela Cruz", "Dr Dela Cruz", "Dr. Harpreet Sidhu", "Dr. Sidhu", "Joy Santos", "NP Joy", "Joy", "Kelsey Penner", "Kelsey", "Glenn Loewen", "Glenn", "Tyler Wiebe", "Tyler", "Marisol Reyes", "Darlene", "Bea"}, Handles: []string{"@prairiecrocusfht"}}
	holdout70Own  = Own{Name: "Troublesome Creek Family Medicine", Phone: "606-555-0142", Website: "troublesomecreekfm.example", Address: "1217 Laurel Fork Rd, Hazard, KY 41701", StaffNames: []string{"Dr. Combs", "Dr Combs", "Dra. Combs", "Dr. Wade Slone", "Dr. Slone", "Dr Slone", "NP Caudill", "Loretta", "Tammy Fugate", "Tammy", "Kayla Sizemore", "Kayla", "Jesse Mullins", "Jesse", "Brenda Hall", "Brenda", "Ms Brenda"}, Handles: []string{"@TroublesomeCreekFM", "@TCFM_Pikeville"}}
	holdout71Own  = Own{Name: "Palmas del Valle", Phone: "(956) 555-0142", Website: "palmasdelvalle.example", Address: "2215 Calle Naranjo, McAllen, TX 78501", StaffNames: []string{"Dr. Elías Benavides", "Dr. Benavides", "Dra. Marisol Zamora", "Dra. Zamora", "Dra Zamora", "Dr. Zamora", "Dr Zamora", "Dr Z", "Dr. Cantú", "Yesenia", "Paola", "Blanca", "Norma"}, Handles: []string{"@PalmasDelValleClinic", "@palmasdelvalle.rgv"}}
	holdout72Own  = Own{Name: "Casita Pediátrica", Phone: "(212) 555-0147", Website: "casitapediatrica.example", Address: "1290 St. Nicholas Ave, Suite 2B, New York, NY 10033", StaffNames: []string{"Dra. Peralta", "Dra Peralta", "doctora Peralta", "Dr. Almonte", "Dr Almonte", "Dr. Ruben Almonte", "Dr. A", "Keila Batista", "Keila", "Wendy", "Marisol", "Dayana", "Yoselin"}, Handles: []string{"@casitapediatrica"}}
	holdout73Own  = Own{Name: "Clínica Comunitaria La Ceiba", Phone: "(713) 555-0147", Website: "clinicalaceiba.example", Address: "9120 Bellaire Blvd Suite 4, Houston, TX 77036", StaffNames: []string{"Dra. Marisol Cabrera Lemus", "Marisol Cabrera Lemus", "Dra. Cabrera", "Dr. Cabrera", "Cabrera", "Rosa Ixcoy", "Rosa", "Dr. Tomás Benítez", "Tomás Benítez", "Dr. Benítez", "Dr. Kevin Hatcher", "Kevin Hatcher", "Dr. Hatcher", "Karla Orellana", "Karla", "Lidia Sandoval", "Lidia", "Brenda Alvarado", "Brenda", "Chayo Xiloj", "Chayo", "Don Efraín"}, Handles: []string{"@clinicalaceiba", "@laceibahtx"}}
	holdout74Own  = Own{Name: "Marigold Community Health Center", Phone: "(773) 555-0163", Website: "marigoldchc.example", Address: "6240 S Marigold Ave, Chicago, IL 60621", StaffNames: []string{"Dr. Lorraine Batiste", "Dr. Batiste", "Dr. B", "dr b", "dr batiste", "Dr. Kwame Asante", "Dr. Asante", "Nurse Kendra Lyles", "Nurse Kendra", "Kendra", "Jerome Whitfield", "Jerome", "Midwife Adaeze Nwosu", "Midwife Adaeze", "Ms. Tasha", "Linh", "Brother Reggie", "Carmen"}, Handles: []string{"@MarigoldCHC"}}
	holdout75Own  = Own{Name: "Peachtree Bloom OB-GYN & Midwifery", Phone: "404-555-0142", Website: "peachtreebloom.example", Address: "1447 Juniper Bloom Way NE, Suite 210, Atlanta, GA 30309", StaffNames: []string{"Keisha", "Keisha Brantley", "midwife Keisha", "Hannah", "Midwife Hannah", "midwife Hannah", "Sade", "Sade Ogunleye", "Dr. Vega", "Dr Vega", "dr vega", "Dr. Whitfield", "Dr. Imani Brooks-Carter", "Dr. Brooks-Carter", "Priya", "Tamika", "nurse Tamika", "Nurse Tamika", "Deshawn", "Jordan", "Lorena"}, Handles: []string{"@peachtreebloomobgyn", "@pbloom.midwives"}}
	holdout76Own  = Own{Name: "Sangre Vista Community Clinic", Phone: "505-555-0147", Website: "sangrevista.example", Address: "318 Calle Piñón, Española, NM 87532", StaffNames: []string{"Dr. Evangelina Roybal", "Dr. Roybal", "Nurse Rafaela Quintana", "Rafaela", "Rafa", "Gilbert Maestas", "Gilbert", "Tonita", "Ana Lovato", "Orlando Sisneros", "Orlando", "Dr. Trujillo", "Dr Trujillo", "Dr. T", "Dr T", "Rudy", "Dr. Herman Vigil"}, Handles: []string{"@sangrevistaclinic", "@SangreVistaSalud"}}
	holdout77Own  = Own{Name: "Harbour & Hills Family Practice", Phone: "902-555-0163", Website: "harbourandhills.example", Address: "77 Puffin Lane, Halifax, NS B3H 0A0", StaffNames: []string{"Dr. Moira MacIsaac", "Dr. MacIsaac", "Dr MacIsaac", "Dr. Rajiv Pillai", "Dr. Pillai", "Dr. Priya Raman", "Dr. Raman", "Dr Raman", "Colleen Boudreau", "Colleen", "Jenna Chiasson", "Jenna", "Darlene", "Liam"}, Handles: []string{"@HarbourHillsFP"}}
	holdout78Own  = Own{Name: "Blindman River Physio & Chiro", Phone: "403-555-0163", Website: "blindmanriverphysio.example", Address: "4821 Ranchview Crescent, Red Deer, AB T4N 0A1", StaffNames: []string{"Dr. Shauna Kowalchuk", "Dr. Kowalchuk", "Kowalchuk", "Shauna", "Dr. K", "dr k", "Brent", "Ravi Dhaliwal", "Ravi", "Kyle Ostrander", "Kyle", "Jolene Marchand", "Jolene", "jolene", "Tessa", "Marcy", "Dr. Amrit Grewal", "Dr. Grewal"}, Handles: []string{"@blindmanriverphysio"}}
	holdout79Own  = Own{Name: "Clínica Familiar La Ceiba", Phone: "(718) 555-0142", Website: "clinicalaceiba.example", Address: "81-27 Roosevelt Ave, Suite 2, Jackson Heights, NY 11372", StaffNames: []string{"Dra. Paola Gaviria", "Paola Gaviria", "Dra. Gaviria", "Dra Gaviria", "Dr. Gaviria", "Dr. Andrés Cárdenas Mejía", "Andrés Cárdenas Mejía", "Dr. Cárdenas", "Dra. Quintero", "Dra Quintero", "Dr. Quintero", "Dr Quintero", "Yuliana Ospina", "Yuliana", "Yuli", "Wilmer Restrepo", "Wilmer", "Camilo Betancur"}, Handles: []string{"@clinicalaceiba", "@laceibafamiliar"}}
	holdout80Own  = Own{Name: "Sonrisitas Pediatric Dental", Phone: "407-555-0142", Website: "sonrisitaskids.example", Address: "4820 Conway Rd, Suite 3, Orlando, FL 32812", StaffNames: []string{"Dra. Vázquez", "Dra Vázquez", "Dra. Marisol", "Dra Marisol", "dra Marisol", "Dr. Andrés Pabón", "Dr. Pabón", "Dr Pabón", "Yesenia", "Coral", "Keishla", "Omar"}, Handles: []string{"@sonrisitas.orlando", "@sonrisitaskids"}}
	holdout81Own  = Own{Name: "Harbor Point Urgent Care", Phone: "(619) 555-0147", Website: "harborpointurgentcare.example", Address: "3310 Anchorage Ln, Suite B, San Diego, CA 92106", StaffNames: []string{"Dr. Marcus Whitfield", "Dr. Whitfield", "Dr Whitfield", "Dr. Leilani Ocampo", "Dr. Ocampo", "Dr Ocampo", "PA Owen Castellano", "PA Castellano", "Owen", "NP Danielle Reyes", "Danielle", "Kenji Matsuda", "Tasha", "Ray"}, Handles: []string{"@HarborPointUC", "@harborpoint.urgentcare"}}
	holdout82Own  = Own{Name: "Riverbend Unity Clinic", Phone: "612-555-0147", Website: "riverbendunityclinic.example", Address: "2418 Birchwood Ave S, Minneapolis, MN 55404", StaffNames: []string{"Dr. Amina Warsame", "Dr Amina Warsame", "Amina Warsame", "Dr. Warsame", "Dr Warsame", "Dr. Nhia Thao", "Nhia Thao", "Dr. Thao", "dr thao", "Dr. Peter Lindqvist", "Peter Lindqvist", "Dr. Lindqvist", "dr lindqvist", "Dr. Peter", "Deqa Hirsi", "Deqa", "Maryan", "Chue Moua", "Chue", "Yia Lor", "Yia", "Abdiwali Noor", "Abdiwali", "Sahra Jama", "Sahra", "Mai Xiong", "Hibaaq Farah", "Greg Olsen", "Greg", "Jon Berg"}, Handles: []string{"@riverbendunity"}}
	holdout83Own  = Own{Name: "Copper Mesa Dermatology", Phone: "602-555-0143", Website: "coppermesaderm.example", Address: "2150 E Highland Ave, Suite 300, Phoenix, AZ 85016", StaffNames: []string{"Dr. Castañeda", "Dr. C", "Dr. Oyelaran", "Dr. O", "dr o", "Jade", "Jade Whitlock", "Rudy", "Nizhoni", "Nizhoni Begay", "Carly", "Lupe", "Dominic", "Tasha", "Beatriz", "Dr. Warren Pike"}, Handles: []string{"@coppermesaderm", "@coppermesa.skin"}}
	holdout84Own  = Own{Name: "Clínica Familiar Los Andes", Phone: "973-555-0142", Website: "www.clinicalosandes.example", Address: "412 Inca Way, Paterson, NJ 07501", StaffNames: []string{"Dra. Rocío Quispe Mamani", "Dr. Wilson Carrasco", "Dra. Quispe", "Dra Quispe", "dra quispe", "Dr. Carrasco", "Dr Carrasco", "enfermera Maribel", "Maribel Chuquimarca", "Nurse Maribel", "Maribel", "Jhonny Tapia", "Jhonny", "Katy Loayza", "Katy", "Daniel"}, Handles: []string{"@clinicalosandesnj", "@losandes.elizabeth"}}
	holdout85Own  = Own{Name: "Tall Cedar Tribal Health Clinic", Phone: "918-555-0147", Website: "tallcedarhealth.example", Address: "4100 Old Agency Rd, Pine Hollow, OK 74499", StaffNames: []string{"Dr. Ketcher", "Dr. Lena Ketcher", "Nurse Della", "Della", "Dr. Teehee", "Dr Teehee", "Marcy", "Jolene Fixico", "Jolene", "Midwife Rose", "Rose", "Dr. Birdcreek", "dr birdcreek", "dr. birdcreek", "Dr. Deerinwater", "Dr. Kyle Deerinwater", "Travis", "Travis Nofire", "TRAVIS", "Earl", "Curtis", "Marisol Tiger", "Marisol", "marisol", "dr ketcher"}, Handles: []string{"@TallCedarHealth"}}
	holdout86Own  = Own{Name: "Guma' Hinemlo' Family Clinic", Phone: "671-555-0143", Website: "www.gumahinemlo.example", Address: "186 Chalan Tasi Lagu, Mangilao, GU 96913", StaffNames: []string{"Dr. Taitano", "Dr Taitano", "Doc Taitano", "Dr. Frances Taitano", "Dr T", "Doc Fran", "Dr. Rengiil", "Dr Rengiil", "dr rengiil", "Dr. Elias Rengiil", "Dr. E", "Dr E", "doc elias", "Nurse Lou", "nurse lou", "Lourdes", "NP Kristina", "NP Kristina Esiel", "Kristina", "kristina", "Auntie Bernie", "Bernie", "bernie", "Bernadette 'Auntie Bernie' Duenas", "Kiki", "Kiki Aguon", "Jomar", "Jomar Tenorio", "Ana Lisa", "ana lisa", "Ana Lisa Palik", "Rosalyn", "Mr. Lanwi", "Cecilia"}, Handles: []string{"@gumahinemlo", "@gumahinemlo.clinic"}}
	holdout87Own  = Own{Name: "Berea Hill Family Practice", Phone: "031-555-0142", Website: "www.bereahillfp.example", Address: "14 Umbilo Lane, Glenwood, Durban 4001", StaffNames: []string{"Dr Thandeka Mkhize", "Dr Mkhize", "Dr Pillay", "Dr. Kobus Botha", "Dr Botha", "dr botha", "Kobus", "Sister Annelie", "Annelie", "Nurse Sipho Dlamini", "Nurse Sipho", "nurse sipho", "Sipho", "Priya", "Nomvula", "Dr Naidoo"}, Handles: []string{"@BereaHillFP", "@bereahillfamilypractice"}}
	holdout88Own  = Own{Name: "Shawbank Medical Practice", Phone: "0141 555 0142", Website: "shawbankpractice.example", Address: "27 Brackenlee Road, Glasgow G42 7QX", StaffNames: []string{"Dr Siddiqui", "Dr Imran", "Nurse Kasia", "Kasia", "Kasia Nowak", "Dr MacLeod", "Dr Nadia Rehman", "Dr Nadia", "Dr Rehman", "dr rehman", "Shona", "shona", "Ola", "ola", "Marie", "Gordon", "Dr Fraser", "Bilal", "Nurse Ruth", "Nurse Ruth Campbell", "Ruth", "Marek Dąbrowski", "Marek"}, Handles: []string{"@ShawbankGP", "@shawbankmedical"}}
	holdout89Own  = Own{Name: "Clínica Alborada Fisio i Família", Phone: "555-0142", Website: "alboradafisio.example", Address: "Carrer de l'Alborada 12, 46020 València", StaffNames: []string{"Pau Mollà", "Nuria Sanchis", "Rosa Peris", "enfermera Rosa Peris", "enfermera Rosa", "Toni Bellver", "Dra. Amparo Climent", "Dr. Xavi Llopis", "Dra. Carmen Soler", "Dr. Llopis", "Dra. Climent", "Dra. Soler", "dra soler", "dra climent", "dr llopis", "Xavi Llopis", "Amparo", "Xavi", "Nuria", "Pau", "Rosa", "Toni", "Laia", "Berta"}, Handles: []string{"@alboradafisio"}}
	holdout90Own  = Own{Name: "Confluence Family Health", Phone: "314-555-0142", Website: "confluencefamilyhealth.example", Address: "4471 Linnet Ave, St. Louis, MO 63116", StaffNames: []string{"Dr. Paul Whitfield", "Dr. Whitfield", "Dr whitfield", "dr whitfield", "Dr. Begović", "Dr. Begovic", "Dr Begovic", "Dr. Selma", "Dr Selma", "dr b", "Dr B", "Nurse Tamara", "Tamara", "Lejla", "Amir", "Mariam", "Jean-Claude", "JC", "Pi Sung", "Saw Ler Wah", "Ler Wah", "Grace Mwamba", "Grace", "Amina Delić", "Amina", "Thang Bawi", "Neema Ilunga", "Neema"}, Handles: []string{"@confluencefamilyhealth", "@confluence.fhc"}}
	holdout91Own  = Own{Name: "Cottonwood Bend Family Practice", Phone: "555-0147", Website: "cottonwoodbendclinic.example", Address: "1207 Elm St, Prairieton, NE 68950", StaffNames: []string{"Dr. Ochoa", "Dr Ochoa", "dr ochoa", "Doctor Ochoa", "Dr. Brandvold", "Dra. Brandvold", "Dra Brandvold", "doctora Brandvold", "Dr. B", "Dr. Jen", "Dr. Henning", "Anna Kessler", "Anna", "Nurse Lupita", "enfermera Lupita", "Lupita", "Marisol", "Edgar", "Kayla"}, Handles: []string{"@CottonwoodBendFP"}}
	holdout92Own  = Own{Name: "Sanjivani Heart & Family Medicine", Phone: "732-555-0147", Website: "sanjivaniheart.example", Address: "417 Banyan Ridge Rd, Suite 3B, Edison, NJ 08817", StaffNames: []string{"Dr. Raghavan", "Dr. Raghavan ji", "Dr Raghavan", "dr raghavan", "Meenakshi ma'am", "Dr. R", "Dr. Trivedi", "Dr Trivedi", "dr trivedi", "Trivedi sir", "Dr T", "Dr. Aditi Bhattacharya", "Dr. Bhattacharya", "Nurse Lakshmi", "Lakshmi", "Farzana", "Rekha", "Rekha Joshi", "Sunil", "Sunil bhai", "Kevin", "Venu", "venu"}, Handles: []string{"@sanjivaniheartnj"}}
	holdout93Own  = Own{Name: "Fieldhouse Sports Medicine & Physical Therapy", Phone: "704-555-0138", Website: "fieldhouseclt.example", Address: "1420 Brevard Mill Rd, Suite B, Charlotte, NC 28206", StaffNames: []string{"dr oduya", "dr o", "Dr. Linh Tran", "dr linh", "linh", "javi morales", "javi", "hannah pruitt", "hannah", "HANNAH", "kofi", "ms bri", "bri", "aaliyah"}, Handles: []string{"@fieldhouse.clt", "@fieldhousept"}}
	holdout94Own  = Own{Name: "Kaleleiki Ohana Family Clinic", Phone: "(808) 555-0147", Website: "kaleleikiohana.example", Address: "45-210 Mamane Loop, Kaleleiki, HI 96727", StaffNames: []string{"Dr. Ramon Bautista", "Dr. Bautista", "Dr Bautista", "Dr. Kahananui", "Dr. K", "Nurse Malia", "nurse Malia", "Malia", "Aunty Lijon", "Jiko Lemari", "Jiko", "Kawika", "Marites"}, Handles: []string{"@kaleleikiohana"}}
	holdout95Own  = Own{Name: "Heol Derw Surgery", Phone: "555-0147", Website: "heolderwsurgery.example", Address: "22 Heol Derw, Rhiwbina, Cardiff CF14 6AB", StaffNames: []string{"Dr Tomasz Nowak", "Dr Nowak", "Nurse Bethan", "Bethan Lloyd", "Bethan", "bethan", "Gethin Rowlands", "Gethin", "gethin", "Dr Samira Hussain", "Dr Hussain", "dr pritchard", "Dr Pritchard", "Dr Anwen Morgan", "Dr Morgan", "dr anwen", "Carys", "Huw Bevan", "Huw", "Dilys", "Nia", "Dr Gwilym Rees", "Dr Rees"}, Handles: []string{"@HeolDerwGP"}}
	holdout96Own  = Own{Name: "Harambee Family Clinic", Phone: "(214) 555-0162", Website: "harambeefamilyclinic.example", Address: "2750 Acacia Bend Dr, Suite 110, Dallas, TX 75231", StaffNames: []string{"Dr. Kamau", "dr kamau", "Dr. Haile", "dr haile", "Dr. Lemlem Haile", "Dr. Alemu", "Dr. Tesfaye", "dr tesfaye", "Nurse Hiwot", "Hiwot", "Nasra", "Nasra Warsame", "Saida", "Midwife Saida", "Hodan", "Mercy", "mercy", "Mercy Atieno", "Yonas", "yonas", "Rahel"}, Handles: []string{"@harambeeclinicdfw"}}
	holdout97Own  = Own{Name: "La Ceiba Family Health Center", Phone: "860-555-0142", Website: "laceibasalud.example", Address: "227 Coquí St, Hartford, CT 06106", StaffNames: []string{"Dra. Quiñones", "Dr. Quiñones", "dr quiñones", "Dra. Marisol Quiñones", "doctor Andújar", "Doctor Andújar", "El doctor Andújar", "Dr. Andújar", "Dr. Rafael Andújar", "dr andujar", "Dr. A", "Dra. Beltrán", "Dr. Beltrán", "Dr Beltrán", "Dra. Noemí Beltrán", "Dra. Pastrana", "Nurse Yesi", "Yesi", "Yesenia Colón", "Wanda", "Hector", "Héctor", "Lourdes", "Ms. Ortega", "Lcda. Ortega", "Maritza", "Jonathan", "Nurse Jonathan", "Carmen Luz", "Doña Chela"}, Handles: []string{"@laceibasalud"}}
	holdout98Own  = Own{Name: "Clínica Familiar Jacarandas", Phone: "555-0147", Website: "www.clinicajacarandas.example", Address: "Av. Xola 1187, Narvarte Poniente, CDMX", StaffNames: []string{"Dra. Mariana Ruelas", "Dra. Ruelas", "Dra Ruelas", "doctora Ruelas", "Doctora Mariana", "doc Ruelas", "Dr. Esteban Villaseñor", "Dr. Villaseñor", "Doctor Villaseñor", "doc Villaseñor", "dr villaseñor", "dr. villaseñor", "doc Esteban", "Dra. Patricia Ugalde", "Dra. Ugalde", "Fer Ibarra", "Fer", "enfermera Lupita", "Lupita", "enfermera Rosario", "Rosario", "enfermera Andrea", "Andrea Solís", "Andrea", "Karla", "Mayra", "terapeuta Gaby", "Gaby"}, Handles: []string{"@jacarandas.salud", "@clinicajacarandas"}}
	holdout99Own  = Own{Name: "Longleaf Veterans & Family Health", Phone: "910-555-0142", Website: "longleafvfh.example", Address: "418 Sandhill Loop, Suite 200, Fayetteville, NC 28303", StaffNames: []string{"Dr. Okwu", "Dr O", "Dr. Brandvold", "Dr. Sam Brandvold", "Dr. B", "dr b", "Doc", "Tamika Rowe", "Tamika", "Ms. Tamika", "Ms Tamika", "Nurse Denise", "Denise", "PA Villalobos", "PA Luis Villalobos", "PA V", "Luis", "luis", "Kelsey", "Ray Whitfield", "Ray", "Sarge Ray", "Yolanda"}, Handles: []string{"@LongleafVFH"}}
	holdout100Own = Own{Name: "Hạnh Phúc Family Clinic", Phone: "714-555-0142", Website: "hanhphucclinic.example", Address: "9361 Sen Vang Ave, Suite 110, Westminster, CA 92683", StaffNames: []string{"bác sĩ Khoa", "Bác sĩ Khoa", "bac si Khoa", "Dr. Khoa", "dr Khoa", "dr khoa", "bác sĩ Trần Minh Khoa", "Trần Minh Khoa", "bác sĩ Hân", "Bác sĩ Hân", "BS Hân", "bs Hân", "Dr. Hân", "Dr. Han", "bác sĩ Lê Ngọc Hân", "Lê Ngọc Hân", "y tá Phương", "Chị Phương", "cô Vy", "Cô Vy", "Vy", "Danny Huỳnh", "Danny", "danny", "Chị Linh", "chị Linh", "cô Diễm Trịnh", "Diễm Trịnh", "cô Diễm", "Cô Diễm", "anh Tuấn Kha", "Tuấn Kha", "Anh Tuấn", "anh Tuấn"}, Handles: []string{"@hanhphucclinic", "@phongkhamhanhphuc"}}
	holdout101Own = Own{Name: "Clinique Familiale Beaubien", Phone: "514-555-0142", Website: "cliniquebeaubien.example", Address: "4820 rue Beaubien Est, Montréal, QC H1T 1V5", StaffNames: []string{"Dr. Tremblay", "Dr Tremblay", "dr tremblay", "Geneviève", "Dr. Marc-André Pelletier", "Dr. Pelletier", "Dr Pelletier", "dr pelletier", "Dr P", "Dr. Rose-Marie Jean-Baptiste", "Dr. Jean-Baptiste", "Dr Jean-Baptiste", "Dre Jean-Baptiste", "Nurse Fabiola", "Nurse Fabiola Desrosiers", "Fabiola Desrosiers", "Fabiola", "Nurse Kettly", "Kettly", "Antonella", "Luca", "luca", "Sylvie", "sylvie", "Maryse", "Dr. Gravel"}, Handles: []string{"@cliniquebeaubien", "@cliniquebeaubien.mtl"}}
	holdout102Own = Own{Name: "Bayanihan Family Health", Phone: "(650) 555-0142", Website: "bayanihanfamilyhealth.example", Address: "1290 Sampaguita Ave, Daly City, CA 94015", StaffNames: []string{"Dr. Maricel Dizon", "Dr. Dizon", "Doc Maricel", "Doc Mars", "Dr. Ramon Villanueva", "Dr. Villanueva", "dr villanueva", "Dr. V", "Doc Ramon", "Nurse Joy Pascual", "Nurse Joy", "Ate Joy", "ate joy", "Ate Lorna", "Lorna", "Kuya Ding", "kuya ding", "Dr. Ana Lim-Sarmiento"}, Handles: []string{"@bayanihanfamilyclinic", "@BayanihanFamilyHealthDC"}}
	holdout103Own = Own{Name: "Wattle Grove Family Medical", Phone: "(03) 555-0142", Website: "wattlegrovemedical.example", Address: "14 Carrington Parade, Bellbridge East VIC 3198", StaffNames: []string{"Dr Haddad", "Dr Sam", "Dr Papadopoulos", "Dr P", "dr p", "Dr Helen", "dr helen", "Dr Liu", "dr liu", "Dr Grace Liu", "Dr Grace", "dr grace", "Grace", "Dr O'Brien", "Dr Declan O'Brien", "Dr Declan", "dr declan", "Declan", "Nurse Bron", "Nurse Bronwyn", "Bron", "Kylie", "Tina", "Marcus"}, Handles: []string{"@wattlegrovemedical"}}
	holdout104Own = Own{Name: "Lakou Santé Community Health Center", Phone: "305-555-0147", Website: "lakousante.example", Address: "7740 Lakou Way, Miami, FL 33138", StaffNames: []string{"Dr. Pierre-Louis", "Dr Pierre-Louis", "dr pierre-louis", "Dr. Marie-Josée", "Dr. Marie-Josée Pierre-Louis", "Nurse Fabi", "Nurse Fabiola", "nurse fabiola", "Fabiola", "Nadège", "Nadege", "Roselaure", "Jude", "Dr. Augustin", "dr augustin", "doktè Augustin", "Dr. Étienne", "dr. etienne", "Wideline", "ms wideline", "Mr. Destin", "mr destin", "Dr. Lucner Théodore", "Dr. Théodore", "dr théodore", "Mirlande", "Nurse Mirlande", "Daphnée", "Mr. Lucien"}, Handles: []string{"@lakousantemia"}}
	holdout105Own = Own{Name: "Sol y Luna Pediatrics", Phone: "602-555-0147", Website: "solylunapeds.example", Address: "2418 W Camelback Rd, Suite 110, Phoenix, AZ 85015", StaffNames: []string{"Dra. Itzel Navarro", "Dr. Itzel Navarro", "Itzel Navarro", "Dr. Navarro", "Dra. Navarro", "Dra Navarro", "dr navarro", "dra navarro", "Navarro", "Dr. Marcus Whitfield", "Marcus Whitfield", "Dr. Whitfield", "dr whitfield", "Whitfield", "Dr. Whit", "Dr Whit", "dr whit", "Nurse Yesi", "nurse yesi", "Yesi", "Tomás Arreola", "Tomás", "Brianna", "Bri", "bri", "BRI", "Carmen", "enfermera Carmen", "Dani", "Rubén", "Lucía"}, Handles: []string{"@solylunapeds", "@solyluna.peds"}}
	holdout106Own = Own{Name: "Ballycarrig Family Practice", Phone: "555-0142", Website: "ballycarrigfamilypractice.example", Address: "14 Ballycarrig Road, Dublin 9", StaffNames: []string{"Dr Siobhán", "Dr Ní Bhriain", "dr ní bhriain", "Dr Máire Ní Bhriain", "Dr Ó Súilleabháin", "dr Ó Súilleabháin", "Dr Pádraig", "Dr O'Sullivan", "Dr Adeyemi", "dr adeyemi", "Dr Kemi", "dr kemi", "Dr Kemi Adeyemi", "Dr Ruairí Mac Cárthaigh", "Dr Ruairí", "Ruairí", "Dr Mac Cárthaigh", "Nurse Aoife", "Aoife", "aoife", "Aoife Nic Gearailt", "Nurse Tomás", "Nurse Tomás Breathnach", "Tomás", "tomás", "Gráinne", "Marta", "marta", "Declan"}, Handles: []string{"@BallycarrigGP"}}
	holdout107Own = Own{Name: "Golden Harbor Family Clinic", Phone: "718-555-0142", Website: "goldenharborclinic.example", Address: "41-27 Main St, Suite 3B, Flushing, NY 11355", StaffNames: []string{"Dr. Helen Tse", "Helen Tse", "Dr. Tse", "Dr Tse", "dr tse", "Dr. Zhou", "Dr Zhou", "dr zhou", "Dr. Raymond Kwok", "Raymond Kwok", "Dr. Kwok", "Dr Kwok", "dr kwok", "Nurse Mei", "Mei Chen", "Mei jie", "Kenny Lau", "Kenny", "Grace Yip", "Grace", "Pauline", "Wendy Lo", "Wendy", "Angela Soo", "Jimmy Wu"}, Handles: []string{"@goldenharborclinic", "@GoldenHarborFM"}}
	holdout108Own = Own{Name: "Red Mesa Community Clinic", Phone: "505-555-0142", Website: "redmesaclinic.example", Address: "418 Sagebrush Rd, Gallup, NM 87301", StaffNames: []string{"Dr. Begay", "Dr Begay", "Dr. Lorraine", "Dr Lorraine", "Marcus Lente", "Marcus", "Nurse Tillie", "nurse tillie", "Tillie Yazzie", "Tillie", "Rosalinda Chavez", "Rosalinda", "Rosie", "rosie", "Harrison Tsosie", "Harrison", "Dr. Aaron Whitfield", "Dr. Whitfield", "Dr Whitfield", "Carmelita Quam", "Carmelita", "Dale", "Wilma Hardy", "Wilma", "Dr. Harold Attakai", "Dr. Attakai", "Doc"}, Handles: []string{"@redmesaclinic"}}
	holdout109Own = Own{Name: "Clínica Familiar y Dental Los Guayacanes", Phone: "555-0142", Website: "losguayacanes.example", Address: "Carrera 43A #12-55, El Poblado, Medellín", StaffNames: []string{"Dr. Andrés Cardona", "Dr. Cardona", "dr cardona", "Dra. Valentina Ospina Restrepo", "Dra. Ospina", "Dra Ospina", "dra ospina", "Dr. Felipe Arango", "Dr. Arango", "Luz Marina", "Luzma", "luzma", "Yesenia", "Yese", "Natalia"}, Handles: []string{"@clinicaguayacanes", "@guayacanes.dental"}}
	holdout110Own = Own{Name: "Ìrètí Family Practice", Phone: "555-0142", Website: "iretifamilypractice.example", Address: "22 Amusa Walk, Peckham, London SE15 4RU", StaffNames: []string{"Dr Ellie Marsh", "Ellie", "Dr Marsh", "Dr Okonkwo", "dr okonkwo", "Dr Chidi", "Dr O", "Dr Adeyemi", "dr adeyemi", "Nurse Bisi", "nurse Bisi", "Sister Bisi", "sister Bisi", "Aunty Bisi", "Bisi", "Temi", "Chiamaka", "Sister Chi-Chi", "Chi-Chi", "Kwame", "Graham", "Ifeoma"}, Handles: []string{"@ireti_gp"}}
	holdout111Own = Own{Name: "La Ceiba Family & Walk-In Clinic", Phone: "(305) 555-0147", Website: "laceibaclinic.example", Address: "1725 W 49th St, Hialeah, FL 33012", StaffNames: []string{"Dra. Castellanos", "Dr. Castellanos", "doctora Castellanos", "Dra. Yami", "Dr. Urdaneta", "Dr. Rafa", "dr rafa", "Nurse Maritza", "nurse Maritza", "Maritza", "Yoandy", "Kenia", "Marlenis", "Gisela", "Gisela Montiel", "Lisandra", "Tomás"}, Handles: []string{"@laceibaclinic", "@clinicalaceiba"}}
	holdout112Own = Own{Name: "Thendral Family Clinic", Phone: "416-555-0148", Website: "thendralfamilyclinic.example", Address: "4410 Sheppard Ave E, Unit 7, Scarborough, ON", StaffNames: []string{"Dr. Ramanathan", "Dr Ramanathan", "dr ramanathan", "Dr. Meena", "Dr Meena", "Dr. Sivakumar", "Dr. Siva", "Dr Siva", "Dr siva", "dr siva", "Dr. Nithya Balasubramaniam", "Dr. Nithya", "Dr. Harini", "Nurse Kalaivani", "nurse kalai", "Kalai akka", "Kalai", "NP Janani", "Janani", "Thilini", "thilini", "Vasuki"}, Handles: []string{"@thendralclinic"}}
	holdout113Own = Own{Name: "Centro Médico Familiar Sumaq Wawa", Phone: "555-0148", Website: "sumaqwawa.example", Address: "Av. Las Retamas 1780, Los Olivos, Lima", StaffNames: []string{"Dra. Tupa", "Dra. Milagros Tupa Ayala", "doctora Milagros", "Milagros", "Tupa", "Dr. Alvarado", "Doctor Alvarado", "dr alvarado", "Dr. Renzo Alvarado Sifuentes", "doc Renzo", "Renzo", "Alvarado", "Dr. Checa", "Dr Checa", "Dr. Aldo Checa Pumayalli", "Checa", "Lic. Nilda Huarcaya", "licen Nilda", "Nilda", "Lic. Fiorella Cárdenas", "Lic. Fiorella", "nutri Fiorella", "Fiorella", "Ps. Yessenia Llanos", "Ps. Yessenia", "Yessenia", "Maritza"}, Handles: []string{"@sumaqwawa", "@sumaqwawa.lima"}}
	holdout114Own = Own{Name: "Laurel Fork Family Medicine", Phone: "(304) 555-0147", Website: "laurelforkfamilymed.example", Address: "88 Depot Street, Hollis Gap, WV", StaffNames: []string{"Dr. Ruth Ann Sizemore", "Dr. Sizemore", "Dr. Sizemore's", "dr sizemore", "dr sizemore's", "doc sizemore", "doc ruth ann", "Ruth Ann", "Sizemore", "Nurse Darlene", "Nurse Darlene's", "nurse darlene", "Darlene", "darlene", "darlene's", "Caleb Mullins", "caleb mullins", "Caleb", "caleb", "Caleb'll", "Miss Tammy", "Miss Tammy's", "tammy", "tammy'll", "Kayla Runyon", "Kayla", "kayla", "Kayla's", "Shelby", "Shelby's", "Jenna Ratliff"}, Handles: []string{"@laurelforkfm", "@laurelforkfamilymed"}}
	holdout115Own = Own{Name: "Paj Ntaub Family Clinic", Phone: "651-555-0148", Website: "pajntaubclinic.example", Address: "482 Fernlake Ave, St. Paul, MN 55106", StaffNames: []string{"Dr. Pa Houa Vang", "Dr. Pa Houa", "Dr. Vang", "Dr Vang", "dr vang", "Nurse Mai Xiong", "Nurse Mai", "Mai", "Dr. Tom Lor", "Dr. Tom", "Dr. Lor", "Dr lor", "dr lor", "Nou Her", "Nou", "Kou Thao", "Kou", "Dr. Ka Yang", "Dr. Yang", "Sheng Moua", "Sheng", "Tswv Xiong"}, Handles: []string{"@pajntaubclinic"}}
	holdout116Own = Own{Name: "Kōwhai Whānau Dental & Family Clinic", Phone: "555-0142", Website: "kowhaiwhanau.example", Address: "27 Rātā Street, Ōtara, Auckland", StaffNames: []string{"Dr Hēmi Walker", "Dr Hēmi", "Dr Walker", "Hemi", "Dr Losana Tupou", "Dr Losana", "Dr Tupou", "Dr Vailea Moala", "Dr Vailea", "Vailea", "Sela Fonua", "Nurse Sela", "Sela", "Mereana", "Kahu", "Tavita", "Aunty Pua", "Manu", "Rongo"}, Handles: []string{"@kowhaiwhanau", "@KowhaiWhanauClinic"}}
	holdout117Own = Own{Name: "Lipa Family Clinic", Phone: "(773) 555-0148", Website: "lipafamilyclinic.example", Address: "3184 N Milwaukee Ave, Chicago, IL 60618", StaffNames: []string{"Dr. Agnieszka Nowak", "Dr. Nowak", "Dr Nowak", "dr nowak", "Pani doktor Nowak", "Dr. Bondarenko", "dr bondarenko", "Dr. B", "dr b", "Dr. Julia Kamińska", "Dr. Kamińska", "Dr Kamińska", "Nurse Halyna", "Nurse Halya", "Halyna", "Beata", "Pani Beata", "Marek Zieliński", "Marek", "Oksana", "Marta", "Renata", "Ewa", "Dr. Piotr Gajewski"}, Handles: []string{"@lipafamilyclinic", "@lipa.clinic"}}
	holdout118Own = Own{Name: "Hoa Sen Family Clinic", Phone: "713-555-0148", Website: "hoasenclinic.example", Address: "9150 Bellaire Blvd, Ste 118, Houston, TX 77036", StaffNames: []string{"Dr. Trang", "bác sĩ Trang", "Bác sĩ Trang", "bs Trang", "Trang", "Dr. Pham", "Dr. Kevin", "Dr. Kevin Lê", "dr kevin", "bác sĩ Kevin", "Kevin", "Dr. Le", "Dr. Lê", "dr le", "chị Vy", "Chị Vy", "Vy", "vy", "Nurse Tâm", "nurse tâm", "Nguyễn Minh Tâm", "Tâm", "Jenny", "PA Jenny", "Jenny Đỗ", "PA Jenny Đỗ", "Bảo Ngọc", "Ngọc"}, Handles: []string{"@hoasenfamilyclinic"}}
	holdout119Own = Own{Name: "Lakou Santé Community Health Center", Phone: "305-555-0143", Website: "lakousante.example", Address: "12450 NE 6th Ave, North Miami, FL 33161", StaffNames: []string{"Dr. Augustin", "Dr Augustin", "Dr. Estimé", "Dr. Estime", "Dr Estime", "Dr. Claudette Noël", "Dr. Noël", "Dr Noël", "Nurse Fabiola", "Nurse Fabi", "Fabi", "Nurse Junior", "Nadège", "Nadège Laurent", "Rosemène", "Madan Rosemène", "Rosemène Toussaint", "Mr. Destin", "Mr. Wilner Destin", "Lourdes"}, Handles: []string{"@lakousante"}}
	holdout120Own = Own{Name: "Clínica Pediátrica y Familiar Los Andes", Phone: "(718) 555-0147", Website: "clinicalosandes.example", Address: "82-19 Roosevelt Ave, Jackson Heights, NY 11372", StaffNames: []string{"Dra. Ospina", "Dra Ospina", "Doctora Ospina", "Dra. Marcela Ospina Restrepo", "Dra Marcela", "Dr. Cárdenas", "Dr Cárdenas", "Dr. Sebastián Londoño Uribe", "Dr. Londoño", "Dr Londoño", "enfermera Luz Dary", "Luz Dary", "Luz Dary Mejía Arango", "Yurany", "Yura", "Dra. Catalina Zuluaga Pineda", "Dra. Zuluaga", "Cata", "Yeison"}, Handles: []string{"@clinicalosandes.qns"}}
	holdout121Own = Own{Name: "Tolka Vale Medical Practice", Phone: "555-0142", Website: "tolkavalemedical.example", Address: "Unit 3, Tolka Vale Shopping Centre, Finglas, Dublin 11", StaffNames: []string{"Dr Ní Bhriain", "dr ni bhriain", "Dr Siobhán", "Dr Ó Súilleabháin", "Dr Pádraig", "dr pádraig", "dr o sullivan", "Dr O'Sullivan", "Dr Cathal MacCárthaigh", "Dr MacCárthaigh", "Dr Mac", "cathal", "Dr Funmi Adeyemi", "Dr Adeyemi", "Dr Funmi", "Funmi", "Nurse Aoife McGrath", "Nurse Aoife", "Aoife", "Nurse Tríona Kinsella", "Nurse Tríona", "Tríona", "tríona", "Deirdre O'Neill", "Deirdre", "deirdre", "Ger", "Dr Seán Ó Dálaigh", "Dr Ó Dálaigh", "Seán"}, Handles: []string{"@TolkaValeGP"}}
	holdout122Own = Own{Name: "Selam Family Clinic", Phone: "404-555-0147", Website: "selamfamilyclinic.example", Address: "512 Tesfa Ln, Clarkston, GA 30021", StaffNames: []string{"Dr. Mekdes", "Dr Mekdes", "Dr. Alemu", "Dr. Daniel Haile", "Dr. Haile", "Dr Haile", "Nurse Yonas", "nurse yonas", "Yonas", "Ruth", "Almaz", "Solomon"}, Handles: []string{"@selamfamilyclinic", "@selamclinic.clarkston"}}
	holdout123Own = Own{Name: "Hanbit Family & Women's Health", Phone: "(213) 555-0147", Website: "hanbitclinic.example", Address: "3318 W 6th St, Suite 210, Los Angeles, CA 90020", StaffNames: []string{"Dr. Grace Yoon", "Grace Yoon", "Dr. Yoon", "Dr Yoon", "Dr. Daniel Shin", "Dr. Shin", "Dr Shin", "dr shin", "Dr. Sarah Jeon", "Dr. Jeon", "Dr Jeon", "NP Lim", "Sora Lim", "Nurse Hana", "nurse Hana", "Hana", "Eunice Han", "Eunice", "MA Jun", "Jun", "JUN", "Maribel"}, Handles: []string{"@hanbitfamilyhealth", "@hanbit.clinic"}}
	holdout124Own = Own{Name: "Clínica Familia Sana", Phone: "956-555-0147", Website: "familiasanargv.example", Address: "3120 N 10th St, McAllen, TX 78501", StaffNames: []string{"Dra. Cantú", "Dra Cantú", "Dra Cantu", "la Dra. Cantú", "la Dra Cantú", "Dr. Ybarra", "Dr Ybarra", "doctor ybarra", "el Dr. Ybarra", "el Dr Ybarra", "Nurse Tere", "nurse tere", "Tere", "Deya", "Roy", "PA Rogelio Peña", "PA Peña", "Rogelio Peña", "Karina", "Nelda"}, Handles: []string{"@familiasanargv", "@familiasana.rgv"}}
	holdout125Own = Own{Name: "Cannon Yard Surgery", Phone: "020 555 0142", Website: "cannonyardsurgery.example", Address: "14 Cannon Yard, Stepney, London E1 0ZY", StaffNames: []string{"Dr Hoque", "dr hoque", "Dr Siddiqui", "dr siddiqui", "Dr Farhan Siddiqui", "Dr Rashid", "Dr Nadia Rashid", "Nadia", "Dr Clarke", "Dr Miriam Clarke", "Nurse Shapla", "Shapla", "Shapla apa", "Nurse Bev", "nurse bev", "Bev", "bev", "Rukhsana", "Rukhsana apa", "Kamrul", "Kamrul bhai", "kamrul bhai", "Imran", "Joanne", "Joanne Whitfield", "Tom", "tom"}, Handles: []string{"@CannonYardGP"}}
	holdout126Own = Own{Name: "Cedar Bridge Family Clinic", Phone: "612-555-0142", Website: "cedarbridgeclinic.example", Address: "1520 Juniper Ave S, Minneapolis, MN 55454", StaffNames: []string{"Dr. Amina Jama", "Dr. Jama", "Dr Jama", "dr jama", "Dr. Amina", "Dr Amina", "dr amina", "Dr. Lars Peterson", "Dr. Peterson", "Dr Peterson", "dr peterson", "Dr. Kevin Nguyen", "Dr. Nguyen", "Dr Nguyen", "Nurse Sahra Omar", "Nurse Sahra", "Maryan", "Ayaan", "ayaan", "Deeqa Said"}, Handles: []string{"@cedarbridgeclinic", "@cedarbridge.mpls"}}
	holdout127Own = Own{Name: "Sukhmani Family Clinic", Phone: "604-555-0173", Website: "sukhmaniclinic.example", Address: "8120 128 St, Unit 104, Surrey, BC", StaffNames: []string{"Dr. Harjit Bains", "Dr. Bains", "dr bains", "Dr. Navneet Sidhu", "Dr. Sidhu", "dr sidhu", "dr. sidhu", "Dr. Aman Toor", "Dr. Toor", "Dr Toor", "Dr toor", "dr toor", "Nurse Rupinder", "nurse rupinder", "Rupinder", "Rupinder di", "Rupinder ji", "Simran", "Mandeep", "Kamal"}, Handles: []string{"@SukhmaniClinic"}}
	holdout128Own = Own{Name: "Casa Saúde Family Health Center", Phone: "(508) 555-0142", Website: "casasaude.example", Address: "412 Mirante Ave, Framingham, MA 01702", StaffNames: []string{"Dra. Renata", "Dr. Vasconcelos", "Dr Vasconcelos", "Dr. Bastos", "Dr Bastos", "Dr. Caio", "dr caio", "Dr. Caio Bastos", "Dr. Helena", "Dr. Helena Prado", "Dr. Prado", "Helena", "Nurse Fabi", "Nurse Fabiana Lopes", "Kelly", "kelly", "Simone", "simone", "Simone Rocha, NP", "Simone Rocha", "Tati", "Tatiana Moura", "Eduardo", "Eduardo Lins", "Eduardo Lins, LICSW"}, Handles: []string{"@casasaude.fram"}}
	holdout129Own = Own{Name: "Quisqueya Heights Family Clinic", Phone: "212-555-0147", Website: "quisqueyaheightsclinic.example", Address: "2291 Audubon Ave, New York, NY 10033", StaffNames: []string{"Dra. Almánzar", "la Dra. Almánzar", "dra almanzar", "la dra almanzar", "doctora Almánzar", "la doctora Almánzar", "Dra. Yokasta", "La Dra. Yokasta", "Dr. Peguero", "Dr peguero", "dr peguero", "Nurse Wandy", "enfermera Wandy", "la enfermera Wandy", "La enfermera Wandy", "Wandy", "Wandy Reynoso", "enfermera Wandy Reynoso", "Yessenia", "Yessi", "Melvin", "doña Fefa", "doña fefa", "Karina", "Karina Polanco", "Karina Polanco, NP", "Dr. Cabral", "Dr. Héctor Cabral", "Dr. Ángel Minaya"}, Handles: []string{"@qhclinic"}}
	holdout130Own = Own{Name: "Cedar & Olive Family Clinic", Phone: "(313) 555-0142", Website: "cedaroliveclinic.example", Address: "6311 Tannery Ridge Rd, Dearborn, MI 48126", StaffNames: []string{"Dr. Haddad", "Dr Haddad", "dr haddad", "Dr. Samir Khoury", "Dr. Khoury", "dr khoury", "Doc Khoury", "Dr. Samir", "Dr. Darwish", "dr darwish", "Dr. Yousef", "dr yousef", "Dr. Noor Al-Hakim", "Dr. Noor", "Dr. Al-Hakim", "Nurse Layla", "Layla", "Mariam", "Tariq", "Amal", "Hiba Saleh", "Hiba", "NP Saleh"}, Handles: []string{"@cedaroliveclinic", "@cedarolive.dearborn"}}
	holdout131Own = Own{Name: "Masis Family Health", Phone: "818-555-0142", Website: "masisfamilyhealth.example", Address: "1129 E. Ararat Ave, Suite 204, Glendale, CA 91205", StaffNames: []string{"Dr. Sargsyan", "Dr. Lilit Sargsyan", "Dr. Lilit", "Lilit", "Dr. Orlov", "Dr Orlov", "dr orlov", "Dr. Misha", "Gayane", "Nurse Karine", "nurse karine", "Karine", "Tatevik", "Olga", "Dr. Narek Ghukasyan", "Dr. Ghukasyan", "Zara", "Roman"}, Handles: []string{"@masisfamilyhealth", "@masis.family.health"}}
	holdout132Own = Own{Name: "Centro de Salud Familiar El Ombú", Phone: "011 555-0147", Website: "elombusalud.example", Address: "Av. Díaz Vélez 4120, Almagro, CABA", StaffNames: []string{"Dra. Ferraro", "Dra Ferraro", "dra ferraro", "Dra. Valeria Ferraro", "Valeria Ferraro", "Ferraro", "ferraro", "Vale", "Dr. Scaglione", "Dr Scaglione", "dr Scaglione", "doc Scaglione", "Scaglione", "Dr. Martín Scaglione", "Martín Scaglione", "Dra. Mastronardi", "dra Mastronardi", "Dra. Lucía Mastronardi", "Lucía Mastronardi", "Mastronardi", "Lucía", "Lic. Paz", "Lic Paz", "Lic. Romina Paz", "Romina Paz", "Lic. Cafiero", "Lic. Julieta Cafiero", "Julieta Cafiero", "Cafiero", "juli", "Cinti", "cinti", "Facu", "enfermera Mariela", "Mariela", "Marie", "Noelia Iturbe", "Noelia", "Dr. Nicolás Arena", "Nicolás Arena"}, Handles: []string{"@elombu.salud", "@elombu.turnos"}}
	holdout133Own = Own{Name: "Nostrand Glow Clinic", Phone: "(718) 555-0147", Website: "nostrandglow.example", Address: "812 Nostrand Ave, Brooklyn, NY 11216", StaffNames: []string{"Nurse Tae", "nurse tae", "Tae", "Dr. Obi", "dr obi", "Dr. Ada", "Bri", "bri", "PA Yusuf Karim", "PA Karim", "yusuf", "NP Vega", "Marisol", "mari", "Jules"}, Handles: []string{"@nostrandglow"}}
	holdout36Own  = Own{Name: "Centro de Salud Familiar La Esperanza", Phone: "555-0142", Website: "laesperanza.example", Address: "2417 W Alameda St, Eastbrook",
		Handles: []string{"@laesperanzasalud", "@promotoras.laesperanza"}, StaffNames: []string{"Dra. Elena Villaseñor", "Dr. Marcus Hale", "Dra. Patricia Ochoa", "Dr. Andrés Peña", "Rosa Quintanilla", "Yesenia Batres", "Carmen Lugo", "Luis Ferrer", "Maribel Soto"}}
)

// labelledSet is a labelled set in testdata with its clinic's details and
// the floor it keeps: recall at least minRecall, at most maxFlagged of its
// clean texts flagged. The tagger learns from every set not held out
// (taggerSets).
type labelledSet struct {
	name, file            string
	own                   Own
	heldOut               bool
	minRecall, maxFlagged float64
}

// labelledSets are the sets scored by family (TestPrivacyFamilies).
var labelledSets = []labelledSet{
	{"holdout11", "privacy_holdout11.jsonl", holdout11Own, false, 0.98, 0.04},
	{"holdout12", "privacy_holdout12.jsonl", holdout12Own, false, 0.99, 0.00},
	{"holdout13", "privacy_holdout13.jsonl", holdout13Own, false, 0.98, 0.00},
	{"holdout14", "privacy_holdout14.jsonl", holdout14Own, false, 0.99, 0.00},
	{"holdout15", "privacy_holdout15.jsonl", holdout15Own, false, 0.96, 0.05},
	{"holdout16", "privacy_holdout16.jsonl", holdout16Own, false, 0.96, 0.02},
	{"holdout17", "privacy_holdout17.jsonl", holdout17Own, false, 0.99, 0.06},
	{"holdout18", "privacy_holdout18.jsonl", holdout18Own, false, 0.99, 0.02},
	{"holdout19", "privacy_holdout19.jsonl", holdout19Own, false, 0.99, 0.00},
	{"holdout20", "privacy_holdout20.jsonl", holdout20Own, false, 0.98, 0.00},
	{"holdout21", "privacy_holdout21.jsonl", holdout21Own, false, 0.97, 0.00},
	{"holdout22", "privacy_holdout22.jsonl", holdout22Own, false, 0.98, 0.02},
	{"holdout3", "privacy_holdout3.jsonl", holdout3Own, false, 0.99, 0.04},
	{"holdout4", "privacy_holdout4.jsonl", holdout4Own, false, 0.99, 0.02},
	{"holdout5", "privacy_holdout5.jsonl", holdout5Own, false, 1.00, 0.02},
	{"holdout6", "privacy_holdout6.jsonl", holdout6Own, false, 0.98, 0.04},
	{"holdout7", "privacy_holdout7.jsonl", holdout7and8Own, false, 0.99, 0.00},
	{"holdout8", "privacy_holdout8.jsonl", holdout7and8Own, false, 0.99, 0.00},
	{"holdout9", "privacy_holdout9.jsonl", holdout9Own, false, 0.99, 0.00},
	{"holdout10", "privacy_holdout10.jsonl", holdout10Own, false, 1.00, 0.00},
	{"dev", "privacy_dev.jsonl", devOwn, false, 0.98, 0.00},
	{"dev2", "privacy_dev2.jsonl", dev2Own, false, 0.99, 0.03},
	{"dev3", "privacy_dev3.jsonl", dev3Own, false, 0.99, 0.01},
	{"dev4", "privacy_dev4.jsonl", dev4Own, false, 1.00, 0.00},
	{"dev5", "privacy_dev5.jsonl", dev5Own, false, 0.99, 0.03},
	{"dev6", "privacy_dev6.jsonl", dev6Own, false, 0.99, 0.00},
	{"dev7", "privacy_dev7.jsonl", dev7Own, false, 1.00, 0.00},
	{"train1", "privacy_train1.jsonl", train1Own, false, 0.98, 0.04},
	{"train2", "privacy_train2.jsonl", train2Own, false, 0.98, 0.03},
	{"train3", "privacy_train3.jsonl", train3Own, false, 0.97, 0.03},
	{"train4", "privacy_train4.jsonl", train4Own, false, 0.98, 0.04},
	{"train5", "privacy_train5.jsonl", train5Own, false, 0.97, 0.10},
	{"train6", "privacy_train6.jsonl", train6Own, false, 0.96, 0.04},
	{"train7", "privacy_train7.jsonl", train7Own, false, 0.98, 0.08},
	{"train8", "privacy_train8.jsonl", train8Own, false, 0.99, 0.03},
	{"train9", "privacy_train9.jsonl", train9Own, false, 0.99, 0.05},
	{"train10", "privacy_train10.jsonl", train10Own, false, 0.98, 0.06},
	{"train11", "privacy_train11.jsonl", train11Own, false, 0.99, 0.01},
	{"train12", "privacy_train12.jsonl", train12Own, false, 0.99, 0.02},
	{"train13", "privacy_train13.jsonl", train13Own, false, 0.98, 0.03},
	{"train14", "privacy_train14.jsonl", train14Own, false, 0.98, 0.03},
	{"train15", "privacy_train15.jsonl", train15Own, false, 0.98, 0.03},
	{"train16", "privacy_train16.jsonl", train16Own, false, 0.98, 0.05},
	{"train17", "privacy_train17.jsonl", train17Own, false, 0.97, 0.03},
	{"train18", "privacy_train18.jsonl", train18Own, false, 0.98, 0.02},
	{"train19", "privacy_train19.jsonl", train19Own, false, 0.98, 0.03},
	{"train20", "privacy_train20.jsonl", train20Own, false, 0.97, 0.05},
	{"train21", "privacy_train21.jsonl", train21Own, false, 0.98, 0.02},
	{"train22", "privacy_train22.jsonl", train22Own, false, 0.97, 0.02},
	{"train24", "privacy_train24.jsonl", train24Own, false, 0.97, 0.02},
	{"train25", "privacy_train25.jsonl", train25Own, false, 0.97, 0.00},
	{"train26", "privacy_train26.jsonl", train26Own, false, 0.98, 0.05},
	{"train27", "privacy_train27.jsonl", train27Own, false, 0.99, 0.05},
	{"train28", "privacy_train28.jsonl", train28Own, false, 0.97, 0.02},
	{"train29", "privacy_train29.jsonl", train29Own, false, 0.98, 0.05},
	{"train30", "privacy_train30.jsonl", train30Own, false, 0.97, 0.02},
	{"train31", "privacy_train31.jsonl", train31Own, false, 0.98, 0.05},
	{"train32", "privacy_train32.jsonl", train32Own, false, 0.99, 0.05},
	{"train23", "privacy_train23.jsonl", train23Own, false, 0.98, 0.06},
	{"train33", "privacy_train33.jsonl", train33Own, false, 0.98, 0.02},
	{"train34", "privacy_train34.jsonl", train34Own, false, 0.98, 0.03},
	{"train35", "privacy_train35.jsonl", train35Own, false, 0.97, 0.04},
	{"train36", "privacy_train36.jsonl", train36Own, false, 0.99, 0.02},
	{"train37", "privacy_train37.jsonl", train37Own, false, 0.93, 0.07},
	{"train38", "privacy_train38.jsonl", train38Own, false, 0.98, 0.00},
	{"train39", "privacy_train39.jsonl", train39Own, false, 0.96, 0.02},
	{"train40", "privacy_train40.jsonl", train40Own, false, 0.99, 0.04},
	{"train41", "privacy_train41.jsonl", train41Own, false, 0.99, 0.03},
	{"train42", "privacy_train42.jsonl", train42Own, false, 0.96, 0.02},
	{"train72", "privacy_train72.jsonl", train72Own, false, 0.97, 0.08},
	{"train73", "privacy_train73.jsonl", train73Own, false, 0.97, 0.04},
	{"train74", "privacy_train74.jsonl", train74Own, false, 0.97, 0.02},
	{"train75", "privacy_train75.jsonl", train75Own, false, 0.96, 0.06},
	{"train76", "privacy_train76.jsonl", train76Own, false, 0.97, 0.06},
	{"train77", "privacy_train77.jsonl", train77Own, false, 0.96, 0.05},
	{"train78", "privacy_train78.jsonl", train78Own, false, 0.97, 0.05},
	{"train79", "privacy_train79.jsonl", train79Own, false, 0.95, 0.03},
	{"train71", "privacy_train71.jsonl", train71Own, false, 0.97, 0.03},
	{"train70", "privacy_train70.jsonl", train70Own, false, 0.96, 0.02},
	{"train65", "privacy_train65.jsonl", train65Own, false, 0.96, 0.03},
	{"train66", "privacy_train66.jsonl", train66Own, false, 0.97, 0.03},
	{"train67", "privacy_train67.jsonl", train67Own, false, 0.98, 0.04},
	{"train68", "privacy_train68.jsonl", train68Own, false, 0.94, 0.05},
	{"train69", "privacy_train69.jsonl", train69Own, false, 0.98, 0.08},
	{"train43", "privacy_train43.jsonl", train43Own, false, 0.98, 0.01},
	{"train44", "privacy_train44.jsonl", train44Own, false, 0.98, 0.02},
	{"train45", "privacy_train45.jsonl", train45Own, false, 0.98, 0.08},
	{"train46", "privacy_train46.jsonl", train46Own, false, 0.96, 0.02},
	{"train47", "privacy_train47.jsonl", train47Own, false, 0.98, 0.04},
	{"train48", "privacy_train48.jsonl", train48Own, false, 0.96, 0.01},
	{"train49", "privacy_train49.jsonl", train49Own, false, 0.95, 0.02},
	{"train50", "privacy_train50.jsonl", train50Own, false, 0.96, 0.03},
	{"train51", "privacy_train51.jsonl", train51Own, false, 0.99, 0.07},
	{"train52", "privacy_train52.jsonl", train52Own, false, 0.99, 0.03},
	{"train53", "privacy_train53.jsonl", train53Own, false, 0.99, 0.05},
	{"train54", "privacy_train54.jsonl", train54Own, false, 0.98, 0.11},
	{"train55", "privacy_train55.jsonl", train55Own, false, 0.98, 0.05},
	{"train56", "privacy_train56.jsonl", train56Own, false, 0.97, 0.05},
	{"train57", "privacy_train57.jsonl", train57Own, false, 0.98, 0.03},
	{"train58", "privacy_train58.jsonl", train58Own, false, 0.96, 0.03},
	{"train59", "privacy_train59.jsonl", train59Own, false, 0.98, 0.05},
	{"train60", "privacy_train60.jsonl", train60Own, false, 0.98, 0.07},
	{"train61", "privacy_train61.jsonl", train61Own, false, 0.97, 0.04},
	{"train62", "privacy_train62.jsonl", train62Own, false, 0.94, 0.07},
	{"train63", "privacy_train63.jsonl", train63Own, false, 0.96, 0.00},
	{"train64", "privacy_train64.jsonl", train64Own, false, 0.97, 0.06},
	{"train80", "privacy_train80.jsonl", train80Own, false, 0.97, 0.05},
	{"train81", "privacy_train81.jsonl", train81Own, false, 0.97, 0.06},
	{"train82", "privacy_train82.jsonl", train82Own, false, 0.94, 0.05},
	{"train83", "privacy_train83.jsonl", train83Own, false, 0.98, 0.05},
	{"train84", "privacy_train84.jsonl", train84Own, false, 0.92, 0.04},
	{"train85", "privacy_train85.jsonl", train85Own, false, 0.97, 0.02},
	{"train86", "privacy_train86.jsonl", train86Own, false, 0.97, 0.03},
	{"train87", "privacy_train87.jsonl", train87Own, false, 0.93, 0.00},
	{"train88", "privacy_train88.jsonl", train88Own, false, 0.96, 0.00},
	{"train89", "privacy_train89.jsonl", train89Own, false, 0.96, 0.07},
	{"train90", "privacy_train90.jsonl", train90Own, false, 0.93, 0.07},
	{"train91", "privacy_train91.jsonl", train91Own, false, 0.95, 0.05},
	{"train92", "privacy_train92.jsonl", train92Own, false, 0.95, 0.05},
	{"train96", "privacy_train96.jsonl", train96Own, false, 0.98, 0.02},
	{"train97", "privacy_train97.jsonl", train97Own, false, 0.96, 0.06},
	{"train98", "privacy_train98.jsonl", train98Own, false, 0.96, 0.00},
	{"train93", "privacy_train93.jsonl", train93Own, false, 0.96, 0.03},
	{"train94", "privacy_train94.jsonl", train94Own, false, 0.96, 0.01},
	{"train95", "privacy_train95.jsonl", train95Own, false, 0.95, 0.02},
	{"train99", "privacy_train99.jsonl", train99Own, false, 0.98, 0.02},
	{"train105", "privacy_train105.jsonl", train105Own, false, 0.96, 0.04},
	{"train106", "privacy_train106.jsonl", train106Own, false, 0.90, 0.01},
	{"train100", "privacy_train100.jsonl", train100Own, false, 0.94, 0.02},
	{"train102", "privacy_train102.jsonl", train102Own, false, 0.95, 0.04},
	{"train101", "privacy_train101.jsonl", train101Own, false, 0.94, 0.04},
	{"train104", "privacy_train104.jsonl", train104Own, false, 0.95, 0.06},
	{"train103", "privacy_train103.jsonl", train103Own, false, 0.91, 0.07},
	{"train107", "privacy_train107.jsonl", train107Own, false, 0.97, 0.04},
	{"train108", "privacy_train108.jsonl", train108Own, false, 0.93, 0.00},
	{"train110", "privacy_train110.jsonl", train110Own, false, 0.94, 0.04},
	{"train113", "privacy_train113.jsonl", train113Own, false, 0.95, 0.06},
	{"train115", "privacy_train115.jsonl", train115Own, false, 0.95, 0.06},
	{"train109", "privacy_train109.jsonl", train109Own, false, 0.94, 0.04},
	{"train111", "privacy_train111.jsonl", train111Own, false, 0.95, 0.05},
	{"train112", "privacy_train112.jsonl", train112Own, false, 0.97, 0.08},
	{"train114", "privacy_train114.jsonl", train114Own, false, 0.98, 0.03},
	{"train116", "privacy_train116.jsonl", train116Own, false, 0.95, 0.04},
	{"train117", "privacy_train117.jsonl", train117Own, false, 0.98, 0.04},
	{"train118", "privacy_train118.jsonl", train118Own, false, 0.97, 0.04},
	{"train119", "privacy_train119.jsonl", train119Own, false, 0.96, 0.02},
	{"train120", "privacy_train120.jsonl", train120Own, false, 0.95, 0.06},
	{"train121", "privacy_train121.jsonl", train121Own, false, 0.95, 0.07},
	{"train122", "privacy_train122.jsonl", train122Own, false, 0.96, 0.03},
	{"train123", "privacy_train123.jsonl", train123Own, false, 0.98, 0.02},
	{"train124", "privacy_train124.jsonl", train124Own, false, 0.94, 0.00},
	{"train125", "privacy_train125.jsonl", train125Own, false, 0.94, 0.06},
	{"train126", "privacy_train126.jsonl", train126Own, false, 0.93, 0.00},
	{"train127", "privacy_train127.jsonl", train127Own, false, 0.95, 0.05},
	{"train128", "privacy_train128.jsonl", train128Own, false, 0.93, 0.01},
	{"train129", "privacy_train129.jsonl", train129Own, false, 0.93, 0.03},
	{"train130", "privacy_train130.jsonl", train130Own, false, 0.97, 0.04},
	{"train131", "privacy_train131.jsonl", train131Own, false, 0.96, 0.01},
	{"train133", "privacy_train133.jsonl", train133Own, false, 0.97, 0.02},
	{"train135", "privacy_train135.jsonl", train135Own, false, 0.96, 0.04},
	{"train132", "privacy_train132.jsonl", train132Own, false, 0.97, 0.00},
	{"train134", "privacy_train134.jsonl", train134Own, false, 0.95, 0.02},
	{"train139", "privacy_train139.jsonl", train139Own, false, 0.90, 0.04},
	{"train136", "privacy_train136.jsonl", train136Own, false, 0.96, 0.05},
	{"train138", "privacy_train138.jsonl", train138Own, false, 0.92, 0.00},
	{"train140", "privacy_train140.jsonl", train140Own, false, 0.95, 0.02},
	{"train137", "privacy_train137.jsonl", train137Own, false, 0.96, 0.04},
	{"train141", "privacy_train141.jsonl", train141Own, false, 0.97, 0.03},
	{"train143", "privacy_train143.jsonl", train143Own, false, 0.95, 0.03},
	{"train142", "privacy_train142.jsonl", train142Own, false, 0.96, 0.02},
	{"train147", "privacy_train147.jsonl", train147Own, false, 0.97, 0.03},
	{"train144", "privacy_train144.jsonl", train144Own, false, 0.98, 0.02},
	{"train148", "privacy_train148.jsonl", train148Own, false, 0.97, 0.06},
	{"train149", "privacy_train149.jsonl", train149Own, false, 0.96, 0.00},
	{"train146", "privacy_train146.jsonl", train146Own, false, 0.93, 0.03},
	{"train150", "privacy_train150.jsonl", train150Own, false, 0.95, 0.02},
	{"train151", "privacy_train151.jsonl", train151Own, false, 0.96, 0.08},
	{"train156", "privacy_train156.jsonl", train156Own, false, 0.95, 0.03},
	{"train153", "privacy_train153.jsonl", train153Own, false, 0.92, 0.04},
	{"train154", "privacy_train154.jsonl", train154Own, false, 0.96, 0.00},
	{"train145", "privacy_train145.jsonl", train145Own, false, 0.95, 0.09},
	{"train157", "privacy_train157.jsonl", train157Own, false, 0.95, 0.03},
	{"train152", "privacy_train152.jsonl", train152Own, false, 0.96, 0.00},
	{"train155", "privacy_train155.jsonl", train155Own, false, 0.95, 0.10},
	{"train158", "privacy_train158.jsonl", train158Own, false, 0.93, 0.07},
	{"train159", "privacy_train159.jsonl", train159Own, false, 0.95, 0.00},
	{"train160", "privacy_train160.jsonl", train160Own, false, 0.94, 0.02},
	{"train161", "privacy_train161.jsonl", train161Own, false, 0.92, 0.03},
	{"train162", "privacy_train162.jsonl", train162Own, false, 0.95, 0.04},
	{"train163", "privacy_train163.jsonl", train163Own, false, 0.95, 0.02},
	{"train164", "privacy_train164.jsonl", train164Own, false, 0.96, 0.03},
	{"train165", "privacy_train165.jsonl", train165Own, false, 0.98, 0.03},
	{"train166", "privacy_train166.jsonl", train166Own, false, 0.97, 0.04},
	{"train167", "privacy_train167.jsonl", train167Own, false, 0.96, 0.02},
	{"train169", "privacy_train169.jsonl", train169Own, false, 0.85, 0.01},
	{"train168", "privacy_train168.jsonl", train168Own, false, 0.98, 0.02},
	{"train170", "privacy_train170.jsonl", train170Own, false, 0.96, 0.03},
	{"train171", "privacy_train171.jsonl", train171Own, false, 0.96, 0.00},
	{"train172", "privacy_train172.jsonl", train172Own, false, 0.95, 0.03},
	{"train173", "privacy_train173.jsonl", train173Own, false, 0.96, 0.03},
	{"train175", "privacy_train175.jsonl", train175Own, false, 0.96, 0.02},
	{"train177", "privacy_train177.jsonl", train177Own, false, 0.96, 0.02},
	{"train181", "privacy_train181.jsonl", train181Own, false, 0.96, 0.05},
	{"train174", "privacy_train174.jsonl", train174Own, false, 0.96, 0.03},
	{"train179", "privacy_train179.jsonl", train179Own, false, 0.96, 0.03},
	{"train176", "privacy_train176.jsonl", train176Own, false, 0.96, 0.03},
	{"train178", "privacy_train178.jsonl", train178Own, false, 0.95, 0.02},
	{"train180", "privacy_train180.jsonl", train180Own, false, 0.92, 0.05},
	{"train182", "privacy_train182.jsonl", train182Own, false, 0.96, 0.01},
	{"train183", "privacy_train183.jsonl", train183Own, false, 0.96, 0.03},
	{"train184", "privacy_train184.jsonl", train184Own, false, 0.97, 0.01},
	{"train185", "privacy_train185.jsonl", train185Own, false, 0.95, 0.00},
	{"train186", "privacy_train186.jsonl", train186Own, false, 0.97, 0.03},
	{"train187", "privacy_train187.jsonl", train187Own, false, 0.98, 0.04},
	{"train188", "privacy_train188.jsonl", train188Own, false, 0.96, 0.04},
	{"train189", "privacy_train189.jsonl", train189Own, false, 0.98, 0.02},
	{"train190", "privacy_train190.jsonl", train190Own, false, 0.97, 0.02},
	{"train191", "privacy_train191.jsonl", train191Own, false, 0.97, 0.02},
	{"train192", "privacy_train192.jsonl", train192Own, false, 0.97, 0.00},
	{"train193", "privacy_train193.jsonl", train193Own, false, 0.97, 0.02},
	{"train194", "privacy_train194.jsonl", train194Own, false, 0.94, 0.04},
	{"train195", "privacy_train195.jsonl", train195Own, false, 0.97, 0.00},
	{"train196", "privacy_train196.jsonl", train196Own, false, 0.97, 0.01},
	{"train197", "privacy_train197.jsonl", train197Own, false, 0.97, 0.02},
	{"train198", "privacy_train198.jsonl", train198Own, false, 0.98, 0.02},
	{"train199", "privacy_train199.jsonl", train199Own, false, 0.96, 0.00},
	{"train200", "privacy_train200.jsonl", train200Own, false, 0.94, 0.02},
	{"train201", "privacy_train201.jsonl", train201Own, false, 0.95, 0.04},
	{"train202", "privacy_train202.jsonl", train202Own, false, 0.93, 0.00},
	{"train203", "privacy_train203.jsonl", train203Own, false, 0.96, 0.07},
	{"train204", "privacy_train204.jsonl", train204Own, false, 0.94, 0.00},
	{"train205", "privacy_train205.jsonl", train205Own, false, 0.95, 0.02},
	{"train206", "privacy_train206.jsonl", train206Own, false, 0.97, 0.02},
	{"train207", "privacy_train207.jsonl", train207Own, false, 0.97, 0.00},
	{"train208", "privacy_train208.jsonl", train208Own, false, 0.96, 0.04},
	{"train209", "privacy_train209.jsonl", train209Own, false, 0.96, 0.03},
	{"train210", "privacy_train210.jsonl", train210Own, false, 0.95, 0.03},
	{"train211", "privacy_train211.jsonl", train211Own, false, 0.95, 0.09},
	{"train212", "privacy_train212.jsonl", train212Own, false, 0.96, 0.01},
	{"train213", "privacy_train213.jsonl", train213Own, false, 0.96, 0.02},
	{"train214", "privacy_train214.jsonl", train214Own, false, 0.93, 0.02},
	{"train215", "privacy_train215.jsonl", train215Own, false, 0.96, 0.02},
	{"train216", "privacy_train216.jsonl", train216Own, false, 0.95, 0.02},
	{"train217", "privacy_train217.jsonl", train217Own, false, 0.96, 0.02},
	{"train218", "privacy_train218.jsonl", train218Own, false, 0.97, 0.03},
	{"train219", "privacy_train219.jsonl", train219Own, false, 0.95, 0.06},
	{"train220", "privacy_train220.jsonl", train220Own, false, 0.95, 0.05},
	{"train221", "privacy_train221.jsonl", train221Own, false, 0.97, 0.07},
	{"train222", "privacy_train222.jsonl", train222Own, false, 0.94, 0.03},
	{"train223", "privacy_train223.jsonl", train223Own, false, 0.96, 0.04},
	{"train224", "privacy_train224.jsonl", train224Own, false, 0.95, 0.04},
	{"train225", "privacy_train225.jsonl", train225Own, false, 0.93, 0.03},
	{"train226", "privacy_train226.jsonl", train226Own, false, 0.97, 0.03},
	{"train227", "privacy_train227.jsonl", train227Own, false, 0.95, 0.02},
	{"train228", "privacy_train228.jsonl", train228Own, false, 0.96, 0.04},
	{"train229", "privacy_train229.jsonl", train229Own, false, 0.96, 0.05},
	{"train230", "privacy_train230.jsonl", train230Own, false, 0.97, 0.05},
	{"train231", "privacy_train231.jsonl", train231Own, false, 0.97, 0.03},
	{"train232", "privacy_train232.jsonl", train232Own, false, 0.92, 0.03},
	{"train233", "privacy_train233.jsonl", train233Own, false, 0.96, 0.05},
	{"train234", "privacy_train234.jsonl", train234Own, false, 0.96, 0.00},
	{"train235", "privacy_train235.jsonl", train235Own, false, 0.96, 0.04},
	{"train236", "privacy_train236.jsonl", train236Own, false, 0.97, 0.03},
	{"train237", "privacy_train237.jsonl", train237Own, false, 0.94, 0.03},
	{"train238", "privacy_train238.jsonl", train238Own, false, 0.96, 0.02},
	{"train239", "privacy_train239.jsonl", train239Own, false, 0.97, 0.05},
	{"train240", "privacy_train240.jsonl", train240Own, false, 0.98, 0.03},
	{"train241", "privacy_train241.jsonl", train241Own, false, 0.94, 0.01},
	{"train242", "privacy_train242.jsonl", train242Own, false, 0.98, 0.00},
	{"holdout23", "privacy_holdout23.jsonl", holdout23Own, true, 0.98, 0.02},
	{"holdout24", "privacy_holdout24.jsonl", holdout24Own, true, 0.93, 0.02},
	{"holdout25", "privacy_holdout25.jsonl", holdout25Own, true, 0.94, 0.04},
	{"holdout27", "privacy_holdout27.jsonl", holdout27Own, true, 0.95, 0.08},
	{"holdout28", "privacy_holdout28.jsonl", holdout28Own, true, 0.97, 0.02},
	{"holdout29", "privacy_holdout29.jsonl", holdout29Own, true, 0.96, 0.07},
	{"holdout30", "privacy_holdout30.jsonl", holdout30Own, true, 0.96, 0.20},
	{"holdout26", "privacy_holdout26.jsonl", holdout26Own, true, 0.95, 0.12},
	{"holdout31", "privacy_holdout31.jsonl", holdout31Own, true, 0.96, 0.09},
	{"holdout32", "privacy_holdout32.jsonl", holdout32Own, true, 0.97, 0.05},
	{"holdout33", "privacy_holdout33.jsonl", holdout33Own, true, 0.96, 0.03},
	{"holdout34", "privacy_holdout34.jsonl", holdout34Own, true, 0.97, 0.03},
	{"holdout35", "privacy_holdout35.jsonl", holdout35Own, true, 0.95, 0.03},
	{"holdout36", "privacy_holdout36.jsonl", holdout36Own, true, 0.97, 0.04},
	{"holdout37", "privacy_holdout37.jsonl", holdout37Own, true, 0.97, 0.07},
	{"holdout38", "privacy_holdout38.jsonl", holdout38Own, true, 0.93, 0.05},
	{"holdout39", "privacy_holdout39.jsonl", holdout39Own, true, 0.94, 0.05},
	{"holdout40", "privacy_holdout40.jsonl", holdout40Own, true, 0.97, 0.12},
	{"holdout41", "privacy_holdout41.jsonl", holdout41Own, true, 0.94, 0.03},
	{"holdout42", "privacy_holdout42.jsonl", holdout42Own, true, 0.93, 0.03},
	{"holdout43", "privacy_holdout43.jsonl", holdout43Own, true, 0.90, 0.10},
	{"holdout44", "privacy_holdout44.jsonl", holdout44Own, true, 0.92, 0.08},
	{"holdout45", "privacy_holdout45.jsonl", holdout45Own, true, 0.91, 0.06},
	{"holdout46", "privacy_holdout46.jsonl", holdout46Own, true, 0.89, 0.12},
	{"holdout47", "privacy_holdout47.jsonl", holdout47Own, true, 0.88, 0.08},
	{"holdout48", "privacy_holdout48.jsonl", holdout48Own, true, 0.91, 0.12},
	{"holdout49", "privacy_holdout49.jsonl", holdout49Own, true, 0.92, 0.09},
	{"holdout50", "privacy_holdout50.jsonl", holdout50Own, true, 0.90, 0.07},
	{"holdout51", "privacy_holdout51.jsonl", holdout51Own, true, 0.82, 0.10},
	{"holdout52", "privacy_holdout52.jsonl", holdout52Own, true, 0.88, 0.08},
	{"holdout53", "privacy_holdout53.jsonl", holdout53Own, true, 0.85, 0.18},
	{"holdout54", "privacy_holdout54.jsonl", holdout54Own, true, 0.94, 0.00},
	{"holdout55", "privacy_holdout55.jsonl", holdout55Own, true, 0.94, 0.05},
	{"holdout56", "privacy_holdout56.jsonl", holdout56Own, true, 0.94, 0.03},
	{"holdout57", "privacy_holdout57.jsonl", holdout57Own, true, 0.91, 0.07},
	{"holdout58", "privacy_holdout58.jsonl", holdout58Own, true, 0.92, 0.04},
	{"holdout59", "privacy_holdout59.jsonl", holdout59Own, true, 0.93, 0.08},
	{"holdout60", "privacy_holdout60.jsonl", holdout60Own, true, 0.91, 0.08},
	{"holdout61", "privacy_holdout61.jsonl", holdout61Own, true, 0.91, 0.02},
	{"holdout62", "privacy_holdout62.jsonl", holdout62Own, true, 0.93, 0.08},
	{"holdout63", "privacy_holdout63.jsonl", holdout63Own, true, 0.91, 0.05},
	{"holdout64", "privacy_holdout64.jsonl", holdout64Own, true, 0.89, 0.04},
	{"holdout65", "privacy_holdout65.jsonl", holdout65Own, true, 0.91, 0.04},
	{"holdout66", "privacy_holdout66.jsonl", holdout66Own, true, 0.93, 0.06},
	{"holdout67", "privacy_holdout67.jsonl", holdout67Own, true, 0.91, 0.02},
	{"holdout68", "privacy_holdout68.jsonl", holdout68Own, true, 0.90, 0.04},
	{"holdout69", "privacy_holdout69.jsonl", holdout69Own, true, 0.94, 0.03},
	{"holdout70", "privacy_holdout70.jsonl", holdout70Own, true, 0.91, 0.05},
	{"holdout71", "privacy_holdout71.jsonl", holdout71Own, true, 0.93, 0.03},
	{"holdout72", "privacy_holdout72.jsonl", holdout72Own, true, 0.92, 0.04},
	{"holdout73", "privacy_holdout73.jsonl", holdout73Own, true, 0.96, 0.04},
	{"holdout74", "privacy_holdout74.jsonl", holdout74Own, true, 0.90, 0.05},
	{"holdout75", "privacy_holdout75.jsonl", holdout75Own, true, 0.93, 0.05},
	{"holdout76", "privacy_holdout76.jsonl", holdout76Own, true, 0.94, 0.07},
	{"holdout77", "privacy_holdout77.jsonl", holdout77Own, true, 0.91, 0.02},
	{"holdout78", "privacy_holdout78.jsonl", holdout78Own, true, 0.91, 0.03},
	{"holdout79", "privacy_holdout79.jsonl", holdout79Own, true, 0.92, 0.04},
	{"holdout80", "privacy_holdout80.jsonl", holdout80Own, true, 0.91, 0.05},
	{"holdout81", "privacy_holdout81.jsonl", holdout81Own, true, 0.91, 0.03},
	{"holdout82", "privacy_holdout82.jsonl", holdout82Own, true, 0.92, 0.04},
	{"holdout83", "privacy_holdout83.jsonl", holdout83Own, true, 0.91, 0.07},
	{"holdout84", "privacy_holdout84.jsonl", holdout84Own, true, 0.93, 0.04},
	{"holdout85", "privacy_holdout85.jsonl", holdout85Own, true, 0.93, 0.06},
	{"holdout86", "privacy_holdout86.jsonl", holdout86Own, true, 0.95, 0.01},
	{"holdout87", "privacy_holdout87.jsonl", holdout87Own, true, 0.94, 0.00},
	{"holdout88", "privacy_holdout88.jsonl", holdout88Own, true, 0.91, 0.04},
	{"holdout89", "privacy_holdout89.jsonl", holdout89Own, true, 0.90, 0.11},
	{"holdout90", "privacy_holdout90.jsonl", holdout90Own, true, 0.93, 0.05},
	{"holdout91", "privacy_holdout91.jsonl", holdout91Own, true, 0.95, 0.05},
	{"holdout92", "privacy_holdout92.jsonl", holdout92Own, true, 0.93, 0.04},
	{"holdout93", "privacy_holdout93.jsonl", holdout93Own, true, 0.88, 0.04},
	{"holdout94", "privacy_holdout94.jsonl", holdout94Own, true, 0.92, 0.00},
	{"holdout95", "privacy_holdout95.jsonl", holdout95Own, true, 0.94, 0.11},
	{"holdout96", "privacy_holdout96.jsonl", holdout96Own, true, 0.96, 0.03},
	{"holdout97", "privacy_holdout97.jsonl", holdout97Own, true, 0.92, 0.05},
	{"holdout98", "privacy_holdout98.jsonl", holdout98Own, true, 0.87, 0.06},
	{"holdout99", "privacy_holdout99.jsonl", holdout99Own, true, 0.93, 0.07},
	{"holdout100", "privacy_holdout100.jsonl", holdout100Own, true, 0.85, 0.26},
	{"holdout101", "privacy_holdout101.jsonl", holdout101Own, true, 0.91, 0.05},
	{"holdout102", "privacy_holdout102.jsonl", holdout102Own, true, 0.96, 0.06},
	{"holdout103", "privacy_holdout103.jsonl", holdout103Own, true, 0.92, 0.04},
	{"holdout104", "privacy_holdout104.jsonl", holdout104Own, true, 0.93, 0.07},
	{"holdout105", "privacy_holdout105.jsonl", holdout105Own, true, 0.93, 0.05},
	{"holdout106", "privacy_holdout106.jsonl", holdout106Own, true, 0.93, 0.09},
	{"holdout107", "privacy_holdout107.jsonl", holdout107Own, true, 0.95, 0.02},
	{"holdout108", "privacy_holdout108.jsonl", holdout108Own, true, 0.92, 0.03},
	{"holdout109", "privacy_holdout109.jsonl", holdout109Own, true, 0.89, 0.01},
	{"holdout110", "privacy_holdout110.jsonl", holdout110Own, true, 0.92, 0.04},
	{"holdout111", "privacy_holdout111.jsonl", holdout111Own, true, 0.95, 0.04},
	{"holdout112", "privacy_holdout112.jsonl", holdout112Own, true, 0.92, 0.06},
	{"holdout113", "privacy_holdout113.jsonl", holdout113Own, true, 0.89, 0.05},
	{"holdout114", "privacy_holdout114.jsonl", holdout114Own, true, 0.91, 0.08},
	{"holdout115", "privacy_holdout115.jsonl", holdout115Own, true, 0.92, 0.03},
	{"holdout116", "privacy_holdout116.jsonl", holdout116Own, true, 0.91, 0.07},
	{"holdout117", "privacy_holdout117.jsonl", holdout117Own, true, 0.91, 0.02},
	{"holdout118", "privacy_holdout118.jsonl", holdout118Own, true, 0.96, 0.04},
	{"holdout119", "privacy_holdout119.jsonl", holdout119Own, true, 0.93, 0.03},
	{"holdout120", "privacy_holdout120.jsonl", holdout120Own, true, 0.93, 0.09},
	{"holdout121", "privacy_holdout121.jsonl", holdout121Own, true, 0.93, 0.04},
	{"holdout122", "privacy_holdout122.jsonl", holdout122Own, true, 0.95, 0.05},
	{"holdout123", "privacy_holdout123.jsonl", holdout123Own, true, 0.90, 0.05},
	{"holdout124", "privacy_holdout124.jsonl", holdout124Own, true, 0.91, 0.05},
	{"holdout125", "privacy_holdout125.jsonl", holdout125Own, true, 0.91, 0.05},
	{"holdout126", "privacy_holdout126.jsonl", holdout126Own, true, 0.95, 0.08},
	{"holdout127", "privacy_holdout127.jsonl", holdout127Own, true, 0.90, 0.03},
	{"holdout128", "privacy_holdout128.jsonl", holdout128Own, true, 0.93, 0.05},
	{"holdout129", "privacy_holdout129.jsonl", holdout129Own, true, 0.91, 0.04},
	{"holdout130", "privacy_holdout130.jsonl", holdout130Own, true, 0.96, 0.03},
	{"holdout131", "privacy_holdout131.jsonl", holdout131Own, true, 0.92, 0.03},
	{"holdout132", "privacy_holdout132.jsonl", holdout132Own, true, 0.91, 0.04},
	{"holdout133", "privacy_holdout133.jsonl", holdout133Own, true, 0.89, 0.04},
}

// TestPrivacyFamilies scores the sets labelled by family. The goal for the
// newest held-out sets is recall 0.92 with at most 10 % of clean texts
// flagged; each set's floor and cap below are what it scores today, so
// that no change loses ground unseen.
//
// Only holdout23 to holdout133 are held out: the care-word tagger learned
// from every other set (holdout3 to holdout22 included, after their first
// scores were recorded), so those score as tuning sets do. holdout11 to
// holdout22 joined the tagger's sets in the round that wrote holdout35 to
// holdout38; their held-out scores end with 0.943 (3,697 of 3,921 spans)
// just before.
//
// holdout11 to holdout22 were written in the round that built the tagger.
// Recall without the tagger → with it, and clean texts flagged with it,
// when each set was first scored:
//   - holdout11 to holdout14: 0.89 → 0.92, 0.86 → 0.90, 0.82 → 0.87,
//     0.89 → 0.94; 9, 9, 3 and 12 %.
//   - holdout15 to holdout18: 0.88 → 0.90, 0.87 → 0.89, 0.85 → 0.88,
//     0.92 → 0.94; 10, 11, 10 and 7 %.
//   - holdout19 and holdout20: 0.88 → 0.93, 0.87 → 0.94; 9 and 12 %.
//   - holdout21 and holdout22, written last: 0.86 → 0.91, 0.88 → 0.91;
//     8 and 7 %.
//
// They were scored again, as totals, as that round and the next went on:
// all twelve together gave recall 0.871 → 0.914 in that round and 0.932
// after the next (the second reading, widen.go, and 23 more training sets),
// with clean texts flagged 8.1 % → 9.1 % → 8.8 %.
//
// holdout23 to holdout26 were written at the start of the next round,
// before any change, by writers who never read the check: recall 0.83
// (1,223 of 1,476 spans) with the check as it stood, 0.86 (1,269) after
// the round; clean texts flagged 15 → 14 of 258. holdout27 to holdout30
// were written during the round and first scored when its changes were
// done: 0.85 (1,338 of 1,578) with the check from before the round, 0.88
// (1,381) after it; clean texts flagged 32 → 31 of 277, most of them in
// the two Spanish sets (15 and 17 %).
//
// holdout31 to holdout34 were written at the start of the round after
// that, before any change, by writers who never read the check (a dental
// and physio practice answering reviews; informal replies with handles;
// a border clinic in Spanish and mixed; Australian, New Zealand, Irish and
// Canadian posts): recall 0.872 (1,373 of 1,575 spans) with the check as
// it stood, 0.879 (1,384) after the round; clean texts flagged 20 of 320
// both times. In the same round holdout23 to holdout30 went from 0.868
// (2,652 of 3,054) to 0.879 (2,685), clean texts flagged 45 → 46 of 535.
// The next round, with word groups from GloVe vectors in the tagger and
// its sure reading of care words standing against the gate: holdout31 to
// holdout34 0.879 → 0.883 (1,391), clean texts flagged 20; holdout23 to
// holdout30 0.879 → 0.882 (2,693), 46 → 47; holdout11 to holdout22 0.935
// → 0.939, 71 → 70 of 769.
//
// holdout35 to holdout38 were written at the start of the round after
// that, before any change, by writers who never read the check (a small-
// town family practice answering comments with handles; a community health
// centre in Spanish, English and both; a UK women's and children's clinic
// with British dates and NHS-style numbers; a physio, chiropractic,
// optometry and counselling practice answering reviews and Mastodon
// mentions): recall 0.859 (1,572 of 1,829 spans) with the check as it
// stood, 0.88, 0.90, 0.90 and 0.74 per set; clean texts flagged 29 of 343.
// train39 to train48 were written in the same round for the tagger to
// learn from; before it did, they scored 0.84, 0.86, 0.86 and 0.75
// (train39 to train42), then 0.82, 0.86, 0.86, 0.79, 0.75 and 0.80
// (train43 to train48, with the tagger of the first four). After the
// round (24 more sets for the tagger, holdout11 to holdout22 among them,
// and the tagger's dates, widenTaggedDates): 0.891 (1,630 of 1,829), per
// set 0.90, 0.92, 0.93 and 0.80, clean texts flagged 28 of 343;
// holdout31 to holdout34 0.886 → 0.906 (1,427 of 1,575), 20 of 320;
// holdout23 to holdout30 0.881 → 0.895 (2,733 of 3,054), 45 → 46 of 535.
// train49 to train56 then took them to 0.906, 0.913 and 0.907; train57 to
// train64 and the world's place words (names_world.txt), to 0.901 (1,648),
// 0.908 and 0.898, with clean texts flagged 28, 22 and 44. The last step
// was kept on the evidence that chose it: leaving the sets out in 8
// folds, the 84 sets before it scored 0.9021 → 0.9081 with 732 → 725 of
// 7,142 clean texts flagged.
//
// holdout39 to holdout43 were written at the start of the round after
// that, before any change, by writers who never read the check (a
// dermatology practice on Instagram and in reviews; a border-town clinic
// in Spanish and Spanglish; an occupational-health and urgent-care clinic;
// a geriatric and memory-care practice writing as Australian and Canadian
// clinics do; a street-medicine outreach clinic, in a voice no training
// set has): holdout39 to holdout42 recall 0.824 (1,644 of 1,995 spans)
// with the check as it stood, clean texts flagged 44 of 311 (14.1 %);
// holdout43 0.705 (327 of 464), 8 of 76. Fifteen training sets in their
// voices and others (train65 to train79) and rules against false alarms
// took them to 0.832 (1,660) with 29 of 311 flagged (9.3 %), and holdout43
// to 0.705 (327) with 6 of 76. holdout35 to holdout38 went from 0.901 to
// 0.891 (1,630 of 1,829), clean texts flagged 28 → 19 of 343. holdout39 to
// holdout43 were scored as totals four times: before, midway, and twice
// at the end (before and after the read-through's mends).
//
// holdout44 (a Chinatown community health centre) and holdout45 (a First
// Nations and Métis health centre on the prairies) were written at the
// start of the next round, in voices no set has, and scored with the check
// as it stood (8a24604): recall 0.693 (203 of 293), 6 of 84 clean texts
// flagged, and 0.682 (187 of 274), 7 of 95. Their writers followed a
// labelling guide written anew that round, as did the 36 training sets of
// the round (train80 to train115), which scored 0.56 to 0.82 before the
// tagger learned from them. Those sets and the round's rules (each chosen
// by leaving the sets out in 8 folds) took holdout44 and holdout45 to
// 0.768 and 0.741 (428 of 567 together), clean texts flagged 13 → 15 of
// 179; holdout39 to holdout42 from 0.832 to 0.864 (1,724 of 1,995), 29 →
// 31 of 311; holdout43 from 0.705 to 0.787 (365 of 464), 6 of 76.
// holdout35 to holdout38 went from 0.891 to 0.904, holdout31 to holdout34
// from 0.904 to 0.919, holdout23 to holdout30 from 0.896 to 0.899. The
// round scored holdout44 and holdout45 as totals five times (at its start,
// midway, at its end, after the read-through's mends, which changed no
// total, and after "its" left the Spanish care words, which cost 5 spans
// and 2 clean texts against 74 false alarms and 4 clean texts fewer in
// the folds) and holdout23 to holdout43 four times (their start is the
// last round's end, with the same code).
//
// The next round added 16 training sets in new voices (train116 to
// train131; 0.549 to 0.794 before learning) and a text gate (textgate.go)
// that lets names be flagged, and whole texts be read again, where it is
// sure a text is about someone's care. From its start (7104c94) to its end:
// holdout44 and holdout45 0.755 to 0.802 (455 of 567), 15 of 179 clean
// texts flagged both times; holdout39 to holdout42 0.864 to 0.868, 31 to
// 30 of 311; holdout43 0.787 to 0.793, 6 of 76; holdout35 to holdout38
// 0.904 to 0.922, holdout31 to holdout34 0.919 to 0.931, holdout23 to
// holdout30 0.899 to 0.912. Each was scored four times with new code:
// midway (after the training sets and the gate), at 7f6e4f9, at 880a275
// and at 698f9e0 (the same totals as 880a275).
// holdout46 to holdout53 (a veterans' clinic, a hospice, a school-based
// health centre, a Lagos clinic, a south London surgery, pediatric
// therapy, men's health in regional Australia, an Amsterdam midwifery
// practice) were written that round as training sets and scored once
// before any learning (0.734, 1,639 of 2,234, with 96 of 897 clean texts
// flagged); retrained on them, the tagger broke three policy tests and
// two of the text gate's cases, so they were held out instead. At the
// round's end: 0.733 (1,638), 96 of 897.
//
// The round after that gave the tagger 2^18 buckets and let the text gate
// veto what the rules find where it reads the text as about no one's care
// (textGateVeto). From its start (f2369a6) to its end: holdout46 to
// holdout53 0.733 to 0.770 (1,720 of 2,234), clean texts flagged 96 to 70
// of 897; holdout44 and holdout45 0.802 to 0.804, 15 to 6 of 179;
// holdout39 to holdout42 0.868 to 0.888, 30 to 14 of 311; holdout43 0.793
// to 0.802, 6 to 4 of 76; holdout35 to holdout38 0.922 to 0.932, 21 to 14
// of 343; holdout31 to holdout34 0.931 to 0.940, 16 to 10 of 320;
// holdout23 to holdout30 0.912 to 0.923, 42 to 32 of 535. Each was scored
// twice with new code, as totals: after the tagger's change (57d3714) and
// at the end.
//
// The next round added a second look (secondlook.go): holdout46 to
// holdout53 0.770 to 0.784 (1,751), clean texts flagged 70 both times.
// holdout54 to holdout57 were written at the start of the round after
// that, before any change, by writers who never read the check (a Pacific
// Northwest family and urgent-care clinic answering in an informal voice
// with handles; a Miami clinic in Spanglish; a Māori and Pasifika provider
// in South Auckland; an eye and hearing clinic in Brampton and Toronto),
// and scored with the check as it stood (6f39e1c): recall 0.865 (1,419 of
// 1,641 spans), per set 0.871, 0.856, 0.896 and 0.836, with 12 of 326
// clean texts flagged (3.7 %).
// That round gave the tagger 57 training sets in new voices and languages
// (train132 to train188: Haitian Creole, Vietnamese, Dutch, Tagalog, Zulu,
// Scots, Korean, Somali, Portuguese, Hindi and Punjabi, German, Japanese,
// Swahili, Russian, Persian, Italian, Hmong, Amharic, Nepali, Kriolu,
// Yup'ik, Bangla, Singlish, Greek, Turkish, Thai, Quechua, Wolof and more,
// and clinics from fertility to dialysis). train132 to train179 and
// train181 scored 0.772 (15,091 of 19,539 spans) before the tagger learned
// from them, with 195 of 4,148 clean texts flagged; train180 and train182
// to train188, 0.798 (2,370 of 2,971) with a tagger that had learned the
// 49, 36 of 750 flagged. It also gave rules the retrained tagger needed
// (advice to anyone, a run ending in the clinic's word, a month after
// "till", the clock time and the "month" of a monthly day, a shop before
// "on 5th", care words in a sentence about the clinic's hours
// (aboutHours), a unit of time or a contraction alone are no one's care).
// From its start (f03432f) to its end: holdout54 to holdout57 0.865 to
// 0.892 (1,464 of 1,641), clean texts flagged 12 to 11 of 326; holdout46
// to holdout53 0.784 to 0.809 (1,808 of 2,234), 70 to 81 of 897; holdout44
// and holdout45 0.829 to 0.869, 6 to 10 of 179; holdout43 0.821 to 0.853,
// 4 to 3 of 76; holdout39 to holdout42 0.896 to 0.905, 14 both times;
// holdout35 to holdout38 0.939 to 0.946, 14 to 15 of 343; holdout31 to
// holdout34 0.942 to 0.949, 10 to 15 of 320; holdout23 to holdout30 0.928
// to 0.939, 32 to 34 of 535. They were scored as totals four times with
// new code: with 42 of the sets learnt and none of the rules (0.899,
// 0.828, 0.878, 0.847, 0.918, 0.952, 0.952, 0.939 in the same order), with
// 49 and the first rules (4dda896: 0.884, 0.787, 0.848, 0.845, 0.902,
// 0.943, 0.942, 0.929), at 85d908b (0.891, 0.810, 0.864, 0.853, 0.905,
// 0.946, 0.948, 0.939), and after the read-through's mends (the end). A
// tagger trained on 42 sets read more words as care than one trained on 49
// (in the training sets, 1 point more recall for a third more false
// alarms): the swings between those scores are mostly the tagger's
// training, not the rules. No held-out set's recall floor is lower than at
// the round's start; the clean-text caps of holdout24, 25, 30 to 34, 38,
// 44 to 46 and 49 to 53 rose to their new scores.
//
// holdout58 to holdout61 were written at the start of the round after
// that, before any change, by writers who never read the check (a Puerto
// Rican clinic in Kissimmee and Bayamón writing in Spanish, English and
// Spanglish with handles; a GP and physiotherapy clinic in Western Sydney;
// a geriatric and memory-care clinic in Phoenix; a men's health and
// urology practice in Dallas answering on X and Reddit-style threads), and
// scored with the check as it stood (aad640b): recall 0.873 (1,360 of
// 1,557 spans), per set 0.892, 0.882, 0.846 and 0.874, with 14 of 339
// clean texts flagged (4.1 %).
// That round gave the tagger 26 training sets in new voices (train189 to
// train214: Pittsburgh, Rioplatense and Castilian Spanish, a Black church
// community in Alabama, Denver handles, Nebraska ranches, Colombian
// Spanish, pediatric oncology, stroke rehab, Down East Maine, Orthodox
// Jewish families, travel medicine, Nuevo Mexicano Spanish, occupational
// health, an Oakland school clinic, veterans, bariatric surgery, Québécois
// French, Amish families, pediatric therapy, a Las Vegas podiatry clinic,
// Cantonese, Indonesian, Romanian, Lakota, a PrEP clinic), which scored
// 0.849 (8,919 of 10,500 spans) before any model learnt them, with 84 of
// 2,248 clean texts flagged. It let the second look read more (an event,
// a service or, in a reply, a month or weekday alone, in a sentence about
// someone; tagger readings down to 0.2), and weighed a false mark on the
// corpus at 60. From its start (aad640b) to its end: holdout58 to
// holdout61 0.873 to 0.883 (1,375 of 1,557), clean
// texts flagged 14 to 16 of 339; holdout54 to holdout57 0.892 to 0.904
// (1,484 of 1,641), 11 both times; holdout46 to holdout53 0.809 to 0.826
// (1,845 of 2,234), 81 to 83 of 897; holdout44 and holdout45 0.869 to
// 0.873, 10 to 9 of 179; holdout43 0.853 to 0.858, 3 both times;
// holdout39 to holdout42 0.905 to 0.911, 14 both times; holdout35 to
// holdout38 0.946 to 0.951, 15 both times; holdout31 to holdout34 0.949 to
// 0.954, 15 to 16 of 320; holdout23 to holdout30 0.939 to 0.936, 34 to 35
// of 535. They were scored twice with new code, as totals: at ecf967e
// (0.884 with 1,376, 0.904, 0.826 with 1,846, 0.873, 0.858, 0.912 with
// 1,819, 0.951, 0.954, 0.936) and after the read-through's mends (the
// end). The recall floors of holdout23, 24, 25, 30, 38, 45 and 58 fell by
// 0.01 or 0.02 to what they score; no held-out miss was read.
//
// holdout62 to holdout65 were written at the start of the next round,
// before any change (a Baltimore community health center; a Cuban-American
// practice in Hialeah writing in Spanish, English and Spanglish with
// handles; a large Utah family practice; a Wisconsin eye clinic), and
// scored with the check as it stood (21fee6d): recall 0.876 (1,272 of
// 1,452 spans), with 19 of 378 clean texts flagged (a scoring just
// before, by mistake with a second look being tried, gave 0.888). That
// round gave the tagger 20 training sets (train215 to train234), taught
// the second look from the runs over spans no finding had reached
// (secondLookAlreadyFound) at lower thresholds, and fitted the tagger
// three times in three orders and averaged the fits (taggerSeeds).
// Scored with the tagger retrained on the new sets, holdout62 to
// holdout65 had fallen to 0.864; they were then
// scored nine more times, to find why and to try the remedy (a tagger
// fitted in another order on the same 244 sets lost 22 of their spans;
// three fits averaged kept them), so they served as a tuning set from
// then on, and holdout66 to holdout69 were written (a Mississippi
// Delta rural clinic; a Central Valley farmworker health center in
// Spanish, English and Spanglish; a Boston running-injury clinic with
// handles; a Manitoba family health team) and scored with the check of
// 21fee6d: 0.880 (1,423 of 1,618), 12 of 337 clean texts flagged. At the
// round's end: holdout66 to holdout69 0.890 (1,440), 13 flagged (scored
// three times with new code: 0.891 before the last mends to the policy,
// 0.890 before and after the read-through's mends);
// holdout62 to holdout65 0.880 (1,278), 16 flagged; holdout58 to holdout61
// 0.897 (1,397 of 1,557); holdout54 to holdout57 0.917 (1,505 of 1,641);
// holdout46 to holdout53 0.847 (1,892 of 2,234), 83 of 897 flagged;
// holdout44 and holdout45 0.898; holdout43 0.866; holdout39 to holdout42
// 0.921; holdout35 to holdout38 0.956; holdout31 to holdout34 0.959;
// holdout23 to holdout30 0.942. The recall floors of holdout27, 31 and 37
// fell by 0.01 to what they score, and the clean-text caps of holdout24,
// 36, 37, 40, 43, 44, 49, 51 and 53 rose to theirs.
//
// The next round let the second look judge runs the rules leave for their
// shape alone (secondlook.go), chosen leaving the training sets out in
// folds (recall 0.8887 to 0.8980). holdout62 to holdout65, the tuning
// set, were scored once at a first form of it (0.893); every held-out set
// then once with the change as committed: holdout66 to holdout69 0.890
// to 0.901 (1,458 of 1,618), 13 of 337 clean texts flagged; holdout62 to
// holdout65 0.891 (1,294); holdout58 to holdout61 0.911; holdout54 to
// holdout57 0.925; holdout46 to holdout53 0.861; holdout44 and holdout45
// 0.908; holdout43 0.879; holdout39 to holdout42 0.926; holdout35 to
// holdout38 0.962; holdout31 to holdout34 0.963; holdout23 to holdout30
// 0.950. No floor fell; 205 rose to what their sets score.
//
// holdout70 to holdout85 were then written in sixteen more voices, as
// training sets, by people who never saw the check: an eastern Kentucky
// family practice; a Rio Grande Valley clinic in Spanish and Spanglish;
// a Dominican pediatric practice in Washington Heights; a Houston clinic
// for Central American families; a Chicago South Side health center; an
// Atlanta OB-GYN practice on Instagram; a northern New Mexico rural
// clinic; a Nova Scotia family practice; an Alberta physio and chiro
// clinic; a Colombian family clinic in Queens; an Orlando pediatric
// dentist for Puerto Rican and Venezuelan families; a San Diego urgent
// care near a Navy base; a Minneapolis clinic for Somali and Hmong
// families; a Phoenix dermatology practice; a New Jersey clinic for
// Peruvian and Ecuadorian families; an eastern Oklahoma tribal clinic.
// Scored before anything learned them, with the check of 647928e: recall
// 0.902 (5,589 of 6,195 spans), 47 of 1,375 clean texts flagged. A tagger
// and second look retrained on them took the tuning set (holdout62 to
// holdout65) from 0.891 to 0.881, so the retrain was dropped and the sets
// are held out: nothing has learnt from them, none of their misses was
// read, and their floors are that first scoring.
//
// holdout86 to holdout93 were written at the start of the round after,
// before any change, in eight more voices: a Chamorro family clinic in
// Guam; a Durban family practice; a Glasgow GP surgery; a physio and
// family clinic in Valencia, in Spain's Spanish; a St. Louis refugee and
// immigrant clinic; a rural Nebraska practice near a meatpacking plant,
// in English, Spanish and Spanglish; an Edison, New Jersey cardiology
// practice; a Charlotte sports medicine clinic on Instagram and TikTok.
// Scored once with the check as it stood (cfda145): recall 0.907 (2,327
// of 2,566 spans), 24 of 759 clean texts flagged, precision 0.774; by
// family, names 0.952, handles 0.910, identifiers 0.978, dates 0.904,
// other 0.882, Spanish and mixed 0.874.
//
// That round's change, chosen leaving the training sets out in folds
// (recall 0.8980 to 0.9086): the second look reads from a tagger
// probability of 0.1, keeps care words and names from 0.15, and judges a
// text left clean where the text gate is sure of someone's care
// (secondlook.go). Every held-out set was then scored once with it:
// holdout86 to holdout93 0.907 to 0.917 (2,354 of 2,566), 28 of 759 clean
// texts flagged; holdout70 to holdout85 0.902 to 0.911 (5,644 of 6,195),
// 53 of 1,375; holdout66 to holdout69 0.901 to 0.910; holdout62 to
// holdout65 0.891 to 0.902; holdout58 to holdout61 0.911 to 0.915;
// holdout54 to holdout57 0.925 to 0.930; holdout46 to holdout53 0.861 to
// 0.880, with 83 to 100 of 897 clean texts flagged (11.1 %); holdout44
// and holdout45 0.908 to 0.926; holdout43 0.879 to 0.886; holdout39 to
// holdout42 0.926 to 0.932; holdout35 to holdout38 0.962 to 0.965;
// holdout31 to holdout34 0.963 to 0.964; holdout23 to holdout30 0.950 to
// 0.952. No held-out recall floor fell; 26 clean-text caps rose to what
// their sets flag, and five training sets' floors fell by 0.01.
//
// holdout94 to holdout101 were written at that round's end, in eight more
// voices (a Big Island clinic with Hawaii Pidgin; a Cardiff GP practice; a
// Dallas clinic for East African families; a Puerto Rican health center
// in Hartford, in Spanish and Spanglish; a Mexico City practice, in
// Spanish; a Fayetteville clinic for veterans; a Vietnamese-American
// clinic in Little Saigon; a Montreal clinic with Quebec French words),
// and scored with the round's last check (e3c379d): recall 0.916 (2,187
// of 2,388 spans), 81 of 876 clean texts flagged (9.2 %; holdout100, 37
// of 121), precision 0.680. Scored once more with the check the round
// began with (cfda145), to learn what the round's change did: 0.903, 67
// of 876. No decision was taken on them, none of their misses or false
// alarms was read, and their floors are the first scoring.
//
// holdout102 to holdout109 were written at the start of the round after,
// before any change, in eight more voices (a Filipino-American clinic in
// Daly City, in Taglish with handles; a Melbourne general practice; a
// Little Haiti health center with Haitian Creole words; a Phoenix
// pediatric clinic answering parents on Instagram and TikTok with handles,
// in Spanglish; a Dublin GP practice; a Chinese-American clinic in
// Flushing; a Gallup clinic for Navajo and Zuni families; a Medellín
// family and dental clinic, in Spanish), and scored once with the check as
// it stood (e13fb1f): recall 0.924 (2,441 of 2,641 spans), 41 of 849 clean
// texts flagged (4.8 %), precision 0.759; by family, names 0.971, handles
// 0.962, identifiers 0.950, dates 0.916, other 0.896, Spanish and mixed
// 0.881.
//
// That round's change: the tagger, text gate and second look learnt from
// eight more training sets (train235 to train242), and two names one space
// apart are one finding. Every held-out set was then scored once with it:
// holdout102 to holdout109 0.924 to 0.929 (2,453 of 2,641), 41 to 37 of
// 849 clean texts flagged, precision 0.759 to 0.768; holdout94 to
// holdout101 0.916 to 0.905 (2,162 of 2,388; holdout100 0.87 to 0.82), 81
// to 71 of 876; holdout86 to holdout93 0.917 to 0.914, 28 of 759 both
// times; holdout70 to holdout85 0.911 both times, 53 to 56 of 1,375;
// holdout66 to holdout69 0.910 to 0.908; holdout62 to holdout65 0.902 both
// times; holdout58 to holdout61 0.915 to 0.908; holdout54 to holdout57
// 0.930 to 0.932; holdout46 to holdout53 0.880 to 0.871, 100 to 88 of
// 897; holdout44 and holdout45 0.926 to 0.919; holdout43 0.886 to 0.873;
// holdout39 to holdout42 0.932 to 0.933; holdout35 to holdout38 0.965 to
// 0.962; holdout31 to holdout34 0.964 to 0.962; holdout23 to holdout30
// 0.952 to 0.954. Together: 29,307 to 29,251 of 31,776 spans, false
// alarms 8,405 to 7,950, clean texts flagged 466 to 439 of 7,900.
// The tagger then averaged four fits rather than three (taggerSeeds,
// chosen leaving the training sets out in folds), and every held-out set
// was scored once more: holdout102 to holdout109 0.923 (2,438), 36 of 849
// flagged, precision 0.766; holdout94 to holdout101 0.906 (2,164; holdout100
// 0.83), 71 of 876; holdout86 to holdout93 0.917 (2,352), 29 of 759;
// holdout70 to holdout85 0.910; holdout46 to holdout53 0.866, 91 of 897.
// Together: 29,177 spans, 7,629 false alarms, 440 clean texts flagged. No
// decision was taken on these scorings; against the round's start, 40
// held-out floors fell to what their sets score and 16 rose.
//
// holdout110 to holdout117 were written at the start of the round after,
// before any change, in eight more voices (a Nigerian-British GP practice
// in Peckham answering on Instagram and X with handles and Pidgin; a
// Hialeah walk-in clinic answering Cuban and Venezuelan families with
// handles, in Spanglish; a Scarborough clinic for Tamil families; a Lima
// family and pediatric clinic, in Spanish; a West Virginia family
// practice; a Hmong-American clinic in St. Paul; a South Auckland whānau
// dental and family clinic; a Chicago clinic for Polish and Ukrainian
// families), and scored once with the check as it stood (b74d6f2):
// recall 0.906 (2,279 of 2,515 spans), 39 of 846 clean texts flagged
// (4.6 %), precision 0.784; by family, names 0.938, handles 0.968,
// identifiers 1.000, dates 0.904, other 0.881, Spanish and mixed 0.885.
// Per set 0.906, 0.931, 0.916, 0.869, 0.904, 0.909, 0.901 and 0.912.
// None of their misses or false alarms was read.
//
// holdout118 to holdout125 were written at the start of the round after
// that, before any change, in eight more voices (a Houston clinic for
// Vietnamese families; a North Miami health centre for Haitian families,
// with Kreyòl; a Queens paediatric clinic answering on Instagram in
// Colombian Spanish, with handles; a Dublin GP practice on X, with
// handles; an Atlanta clinic for Ethiopian and Eritrean families; a
// Koreatown family and women's clinic; a Rio Grande Valley clinic in
// Tex-Mex Spanglish, with handles; a Tower Hamlets GP surgery for
// Bangladeshi families), and scored once with the check as it stood
// (b146bc1): recall 0.919 (2,296 of 2,498 spans), 40 of 861 clean texts
// flagged (4.6 %), precision 0.779; by family, names 0.951, handles
// 0.930, identifiers 0.975, dates 0.924, other 0.893, Spanish and mixed
// 0.915. Per set 0.965, 0.909, 0.927, 0.917, 0.941, 0.884, 0.896 and
// 0.908. None of their misses or false alarms was read.
//
// The round's changes were chosen leaving the training sets out in folds
// (secondLookOlderGuideUnlabelled, negatedInClause, keepUncovered, the
// clinic's town in a handle, care settings judged beside someone), and
// every held-out set was then scored once more: holdout118 to holdout125
// 0.919 to 0.926 (2,312 of 2,498), 40 of 861 flagged, precision 0.761;
// holdout110 to holdout117 0.906 to 0.913 (2,296 of 2,515), 38 of 846,
// precision 0.770; holdout102 to holdout109 0.923 to 0.927. All 103
// together: 33,752 to 33,977 of 36,789 spans (0.917 to 0.924), false
// alarms 8,911 to 9,686, clean texts flagged 519 to 517 of 9,607. No
// decision was taken on this scoring; 57 held-out floors rose to what
// their sets score and none fell. Care words and names were then kept by
// the second look from 0.1 (chosen in folds, secondLookThresholds), and
// every held-out set scored once more: holdout118 to holdout125 0.930
// (2,322), precision 0.741; holdout110 to holdout117 0.917 (2,306),
// precision 0.754; all 103: 34,104 spans (0.927), false alarms 10,639,
// clean texts flagged 517.
//
// holdout126 to holdout133 were written at the start of the next round,
// before any change, in eight more voices (a Minneapolis clinic for Somali
// families; a Surrey, British Columbia clinic for Punjabi Sikh families,
// with handles; a Framingham health centre for Brazilian families; a
// Washington Heights clinic answering Dominican families in Spanglish on
// Instagram and TikTok, with handles; a Dearborn clinic for Lebanese,
// Yemeni and Iraqi families; a Glendale practice for Armenian and
// Russian-speaking families; a Buenos Aires clinic in Rioplatense Spanish;
// a Brooklyn sexual-health and skin clinic answering TikTok comments in
// Gen-Z slang, with handles), and scored once with the check as it stood
// (99f15ea): recall 0.921 (2,378 of 2,581 spans), 31 of 841 clean texts
// flagged (3.7 %), precision 0.763; by family, names 0.955, handles
// 0.908, identifiers 0.979, dates 0.905, other 0.909, Spanish and mixed
// 0.909. Per set 0.952, 0.897, 0.933, 0.914, 0.958, 0.919, 0.905 and
// 0.894. None of their misses or false alarms was read. Every held-out
// set was scored once more at the end of that round, after a weekday and a
// clock time became one date (TestWeekdayWithClockTime), which changes how
// a time is shown, not which spans are found: each scored the same. The
// second look then kept care words and names from 0.07 and visit wording
// from 0.15 (chosen in folds, secondLookThresholds), and every held-out
// set was scored once more: holdout126 to holdout133 0.926 (2,389),
// precision 0.732; holdout118 to holdout125 0.933 (2,330); holdout110 to
// holdout117 0.921 (2,317); all 111: 36,655 of 39,370 spans (0.931),
// false alarms 11,374 to 13,223, clean texts flagged 548 of 10,448 before
// and after.
//
// Every floor sits just under what its set scores, so a change that loses
// ground fails.
func TestPrivacyFamilies(t *testing.T) {
	for _, set := range labelledSets {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(filepath.Join("testdata", set.file)); err != nil {
				t.Skip(err)
			}
			s := scoreLabelled(t, loadLabelled(t, set.file), set.own, !set.heldOut && testing.Verbose())
			summary := fmt.Sprintf("privacy %s: %s", set.name, s)
			t.Log(summary)
			fmt.Println(summary)
			if s.recall() < set.minRecall || s.cleanRate() > set.maxFlagged {
				t.Errorf("below the bar (recall ≥ %.2f, clean texts flagged ≤ %.0f%%): %s", set.minRecall, 100*set.maxFlagged, summary)
			}
		})
	}
}
