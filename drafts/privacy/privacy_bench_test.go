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

// privBenchPostES is the monthly update as a bilingual clinic writes it:
// Spanish with English in it, so the Spanish word list is read too.
const privBenchPostES = `📣 Clínica Familiar Maple Grove — novedades de octubre

¡Llegó el otoño y con él la temporada de gripe! Las vacunas contra la gripe están disponibles para todos desde los 6 meses, sin cita. Venga de lunes a viernes de 8am a 6pm o el sábado de 9am a mediodía. También tenemos refuerzos de COVID-19 y la nueva vacuna contra el VRS para mayores de 60; pregunte en recepción.

Octubre es el Mes de la Concienciación sobre el Cáncer de Mama 🎀 Se recomienda una mamografía cada 1 o 2 años a partir de los 40. Hemos ampliado el horario de mamografías los sábados hasta noviembre. Llame al (555) 010-0100 o reserve en https://maplegrove.example/book.

Noticias del equipo: damos la bienvenida al Dr. Marcus Bell, médico de familia, que se une a la Dra. Ana Ruiz y al Dr. Sam Okafor este mes. La enfermera Priya Shah dará las clases de diabetes el primer martes de cada mes a las 6pm, gratis y abiertas a la comunidad.

Comunidad: acompáñenos en la Feria de Salud de Springfield el sábado 18 de octubre, de 9am a 1pm, en 100 Orchard Lane, Springfield. Toma de presión gratis, actividades para niños y meriendas sanas. ¡Gracias a la Springfield Gazette y a Greenleaf Pharmacy por patrocinar!

Historia de un paciente: estamos muy orgullosos de doña Eleanor Whitfield, que cumplió 95 años la semana pasada y viene a sus controles de warfarina desde 1998. ¡Feliz cumpleaños, Eleanor! 🎂

Consejo de la Dra. Ruiz: caminar 20 minutos al día puede bajar la presión, mejorar el sueño y levantar el ánimo. ¿Alergias de temporada? Los antihistamínicos ayudan a muchas personas, pero hable con su farmacéutico antes de combinar medicamentos. Si usted o alguien a quien quiere lo está pasando mal, llame o escriba al 988 a cualquier hora.

Recordatorios: traiga su tarjeta del seguro y la lista de sus medicamentos a cada visita. El portal ahora está en maplegrove.example/portal. ¿Preguntas sobre una factura? Escriba a billing@maplegrove.example. Cerrado el lunes 13 de octubre. 💚 #TemporadaDeGripe`

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
	// Staff check a draft again as they type, so most of its words were
	// read before; this is the check of a post none of whose words were.
	b.Run("post 2000 chars, words never read before", func(b *testing.B) {
		b.SetBytes(int64(len(privBenchPost)))
		for b.Loop() {
			forgetLexicalWords()
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
	b.Run("Spanish post 2000 chars", func(b *testing.B) {
		if n := utf8.RuneCountInString(privBenchPostES); n < 1900 || n > 2300 {
			b.Fatalf("Spanish benchmark post is %d characters, want about 2,000", n)
		}
		b.SetBytes(int64(len(privBenchPostES)))
		b.ReportAllocs()
		for b.Loop() {
			Check(privBenchPostES, opts)
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
	handles := "@maria.g_88 so glad the knee surgery went well! see you at your follow-up on dec 3 🙌 cc @mapleclinic"
	b.Run("reply with handles", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Check(handles, opts)
		}
	})
}

// BenchmarkKnowledgeLoad is what the first check after start-up pays once
// for the name lists, dictionaries, word groups and the tagger (the Spanish
// list only when a text has Spanish in it).
func BenchmarkKnowledgeLoad(b *testing.B) {
	for _, name := range []string{"given_names.txt.gz", "surnames.txt.gz", "english_common.txt.gz", "english_rare.txt.gz", "spanish_words.txt.gz"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				loadLexicon(name)
			}
		})
	}
	b.Run("word_clusters.txt.gz", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			newWordGroups(loadLexicon("word_clusters.txt.gz"))
		}
	})
	b.Run("condition_tagger.bin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decodeTagger(taggerFile); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestPrivacyBenchPostFindsTheStory keeps the benchmark's post a text
// the check reads all of: "since 1998" is the tagger's date
// (widenTaggedDates), which no rule of the grammar reads.
func TestPrivacyBenchPostFindsTheStory(t *testing.T) {
	got := privSummary(Check(privBenchPost, Options{Own: corpusOwn}))
	want := []string{"relationship Patient story", "name Mrs. Eleanor Whitfield", "date last week", "relationship coming in", "condition warfarin checks", "date since 1998", "name Eleanor"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
}
