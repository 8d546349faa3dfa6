package triage

import (
	"strings"
	"testing"
)

func TestAssessUrgent(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		category string
		reason   string // a part of Reasons[0]
	}{
		{"chest pain and breathing", "I have chest pain and can't breathe", CategoryMedical, "chest pain and trouble breathing"},
		{"third person", "my dad can't breathe", CategoryMedical, "trouble breathing"},
		{"curly apostrophe", "my dad can’t breathe", CategoryMedical, "trouble breathing"},
		{"no apostrophe lower case no punctuation", "my dad cant breathe what do we do", CategoryMedical, "trouble breathing"},
		{"misspelled breathe", "my son cant breth", CategoryMedical, "trouble breathing"},
		{"misspelled long word", "my sister is unconcious", CategoryMedical, "unconscious"},
		{"one letter swapped in a long word", "i feel suicidall", CategoryMentalHealth, "suicide"},
		{"shouting", "HELP MY BABY IS NOT BREATHING", CategoryMedical, "not breathing"},
		{"stretched letters", "ayudaaaa mi bebe no respiraaa", CategoryMedical, "not breathing"},
		{"spanish with accents", "mi papá tiene dolor de pecho y no puede respirar", CategoryMedical, "chest pain"},
		{"spanish without accents", "mi papa tiene dolor de pecho y no puede respirar", CategoryMedical, "chest pain"},
		{"mixed", "help porfa my mom no puede respirar", CategoryMedical, "trouble breathing"},
		{"suicidal", "i want to kill myself", CategoryMentalHealth, "kill themselves"},
		{"suicidal slang", "kms fr", CategoryMentalHealth, "kill themselves"},
		{"spanish suicidal", "ya no quiero vivir", CategoryMentalHealth, "not wanting to live"},
		{"self-harm", "been cutting myself again", CategoryMentalHealth, "self-harm"},
		{"abuse", "my boyfriend hits me and i'm scared to go home", CategoryAbuse, "being hurt by someone"},
		{"spanish abuse", "mi esposo me pega", CategoryAbuse, "being hit"},
		{"threat", "he said he will kill me if i leave", CategoryAbuse, "threats"},
		{"overdose", "i think my roommate overdosed", CategoryOverdose, "an overdose"},
		{"poisoning child", "my toddler drank bleach", CategoryOverdose, "poisonous"},
		{"pills, amount and intent", "took 20 of my sleeping pills on purpose", CategoryOverdose, "taking medicine"},
		{"spanish overdose", "se tomo todas las pastillas", CategoryOverdose, "a whole bottle"},
		{"two weak signs", "grandma fell and hit her head and now shes confused", CategoryMedical, "a head injury"},
		{"one weak sign asking for help", "please help my son is having a seizure", CategoryMedical, "a seizure"},
		{"not breathing is not a negation", "he is not breathing", CategoryMedical, "not breathing"},
		{"negation ends at but", "no fever but crushing chest pain now", CategoryMedical, "chest pain"},
		{"lol does not hide a crisis", "lol i want to die so bad, like actually", CategoryMentalHealth, "wanting to die"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Assess(tt.text)
			if !r.Urgent || r.Category != tt.category {
				t.Fatalf("Assess(%q) = urgent %v, %s; want urgent %s (reasons %q)", tt.text, r.Urgent, r.Category, tt.category, r.Reasons)
			}
			if len(r.Reasons) == 0 || !strings.HasPrefix(r.Reasons[0], "mentions ") || !strings.Contains(r.Reasons[0], tt.reason) {
				t.Errorf("reasons %q, want the first to mention %q", r.Reasons, tt.reason)
			}
		})
	}
}

func TestAssessCalm(t *testing.T) {
	tests := []struct {
		name, text string
		notCounted bool // a reason says what was read and not counted
	}{
		{"dying to", "dying to try the new yoga class!!", false},
		{"chest day", "chest day at the gym", false},
		{"heat is killing me", "this heat is killing me", false},
		{"flu shots", "when do flu shots start", false},
		{"negated chest pain", "no chest pain, just a cough. can I walk in?", true},
		{"negated suicidal", "not suicidal or anything, just want to talk to someone about anxiety", true},
		{"spanish negation", "no tengo dolor de pecho, solo tos", true},
		{"figure of speech", "the line gave me a heart attack lol", true},
		{"laughing", "I laughed so hard I couldn't breathe 😂", true},
		{"without coffee", "can't breathe without my morning coffee", true},
		{"awareness event", "proud to walk at the overdose awareness vigil", true},
		{"general question", "what to do if someone can't breathe? do you run CPR classes?", true},
		{"spanish general question", "quiero aprender que hacer si alguien se ahoga", true},
		{"joke about too much", "overdosed on pumpkin spice this weekend", true},
		{"spanish figure of speech", "me muero de risa jaja", false},
		{"one weak sign alone", "seizure meds refill, can I request it online?", false},
		{"bleeding money", "I'm bleeding money on these copays", true},
		{"stroke of genius", "stroke of genius putting the pharmacy by the door", true},
		{"hit me up", "hit me up when the flu clinic opens", true},
		{"kilometres", "ran 10 kms this morning", true},
		{"empty", "", false},
		{"only emoji", "❤️❤️🙏", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Assess(tt.text)
			if r.Urgent || r.Category != CategoryNone {
				t.Fatalf("Assess(%q) = urgent %s (reasons %q), want calm", tt.text, r.Category, r.Reasons)
			}
			said := false
			for _, reason := range r.Reasons {
				said = said || strings.HasPrefix(reason, "not counted: ")
			}
			if said != tt.notCounted {
				t.Errorf("reasons %q: a 'not counted' reason %v, want %v", r.Reasons, said, tt.notCounted)
			}
		})
	}
}

func TestAssessFlags(t *testing.T) {
	tests := []struct {
		name                 string
		text                 string
		private, spam, abuse bool
		lang                 string
	}{
		{"own health detail", "my blood pressure is always high in the morning, should I change my meds?", true, false, false, English},
		{"relative's health detail", "my son's asthma is worse this week", true, false, false, English},
		{"spanish health detail", "mi mamá tiene diabetes y necesita receta", true, false, false, Spanish},
		{"a general question is not a detail", "do you take blue cross?", false, false, false, English},
		{"a flu shot is not a detail", "chest day then my flu shot lol", false, false, false, English},
		{"urgent about a friend is not the writer's detail", "my friend got stabbed and is bleeding a lot", false, false, false, English},
		{"urgent about the writer", "been vomiting blood since this morning", true, false, false, English},
		{"spam", "Earn $5000 a week from home!! DM me", false, true, false, English},
		{"spanish spam", "sigueme y te sigo, visita mi perfil", false, true, false, Spanish},
		{"insult", "you people are incompetent idiots", false, false, true, English},
		{"spanish insult", "son unos idiotas, perdieron mis papeles", false, false, true, Spanish},
		{"a complaint is not abuse", "waited 2 hours past my appointment, unacceptable", false, false, false, English},
		{"distress is not abuse", "fuck i cant breathe", true, false, false, English},
		{"mixed reads as the larger language", "gracias por todo, la doctora es muy amable, thanks", false, false, false, Spanish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Assess(tt.text)
			if r.PrivateDetails != tt.private || r.Spam != tt.spam || r.Abuse != tt.abuse || r.Lang != tt.lang {
				t.Errorf("Assess(%q) = private %v spam %v abuse %v lang %s; want %v %v %v %s (reasons %q)", tt.text,
					r.PrivateDetails, r.Spam, r.Abuse, r.Lang, tt.private, tt.spam, tt.abuse, tt.lang, r.Reasons)
			}
		})
	}
}

func TestAssessReasonsNameTheRelative(t *testing.T) {
	r := Assess("my dad has chest pain and can't breathe")
	want := []string{"mentions chest pain and trouble breathing", `may be about someone else: "my dad"`}
	if len(r.Reasons) < 2 || r.Reasons[0] != want[0] || r.Reasons[1] != want[1] {
		t.Errorf("reasons %q, want %q", r.Reasons, want)
	}
}

func TestWordListsParse(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []*ruleSet{lx.urgent, lx.calm, lx.acute, lx.spam, lx.insults, lx.health, lx.staff, lx.people} {
		for _, r := range s.rules {
			if r.reason == "" {
				t.Errorf("data/%s.txt line %d has no reason", r.file, r.line)
			}
		}
	}
	for _, r := range lx.urgent.rules {
		if !r.has('!') && !r.has('?') {
			t.Errorf("data/%s.txt line %d: an urgent sign must be ! or ?", r.file, r.line)
		}
	}
}

func TestPatternErrors(t *testing.T) {
	for _, bad := range []string{"", "~2 pain", "pain ~2", "pain ~0 x", "[opt] pain", "a||b", "ab*", "[x"} {
		if _, err := parsePattern(bad); err == nil {
			t.Errorf("parsePattern(%q) accepted", bad)
		}
	}
}

func TestEditDistanceAtMostOne(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"seizure", "seizure", true}, {"siezure", "seizure", true}, {"seizre", "seizure", true},
		{"seizuree", "seizure", true}, {"seizura", "seizure", true}, {"sizure", "seizure", true},
		{"szieure", "seizure", false}, {"cooking", "choking", true}, {"abc", "abcde", false},
	}
	for _, tt := range tests {
		if got := editDistanceAtMostOne(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistanceAtMostOne(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

func FuzzAssess(f *testing.F) {
	for _, s := range []string{"", "my dad can't breathe", "no chest pain", "¿qué?", "od'd", "f***", "wife's", "a'", "'s", "x\u0301",
		"\xff\xfe", strings.Repeat("ayuda ", 50), "1234567890123", "me quiero morir!!", "🙏🏽"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := Assess(text)
		if r.Urgent != (r.Category != CategoryNone) {
			t.Fatalf("urgent %v with category %q", r.Urgent, r.Category)
		}
		if r.Urgent && (len(r.Reasons) == 0 || r.Spam) {
			t.Fatalf("urgent with reasons %q, spam %v", r.Reasons, r.Spam)
		}
		if r.Lang != English && r.Lang != Spanish {
			t.Fatalf("lang %q", r.Lang)
		}
		_ = SuggestedReply(r, "", "")
	})
}

// A 500-character message: a long public comment with a real emergency in
// the middle of calm words.
var benchMessage = strings.Repeat("Thank you all for the flu shot clinic last week, the line was long but the staff were kind. ", 3) +
	"My dad can't breathe well since this morning and his chest hurts, what do we do? " +
	"Also dying to try the new yoga class, is it on Saturdays? My neighbor says it is great and the teacher is kind and patient. Gracias!"

func BenchmarkAssess(b *testing.B) {
	if n := len(benchMessage); n < 480 || n > 520 {
		b.Fatalf("benchmark message is %d bytes, want about 500", n)
	}
	Assess(benchMessage) // parse the word lists outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if !Assess(benchMessage).Urgent {
			b.Fatal("not urgent")
		}
	}
}
