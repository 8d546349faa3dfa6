package privacy

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

// TestKnowledgeFiles keeps data/knowledge/ usable: every list says what it
// is at its top, is in byte order (the lexicon is searched by halving) with
// no repeats, holds folded lower-case words, and has the entries the check
// leans on.
func TestKnowledgeFiles(t *testing.T) {
	dir, err := knowledgeFiles.ReadDir("data/knowledge")
	if err != nil {
		t.Fatal(err)
	}
	if len(dir) != 6 {
		t.Fatalf("data/knowledge holds %d lists, want 6", len(dir))
	}
	for _, e := range dir {
		t.Run(e.Name(), func(t *testing.T) {
			b, _ := knowledgeFiles.ReadFile("data/knowledge/" + e.Name())
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			raw, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(raw, []byte("# ")) || !bytes.Contains(raw, []byte("SOURCES.md")) {
				t.Errorf("does not start with what it is and a pointer to SOURCES.md")
			}
			l := loadLexicon(e.Name())
			if len(l.offs) < 10000 {
				t.Fatalf("%d words", len(l.offs))
			}
			for i := range l.offs {
				w := string(l.word(i))
				if w != keyOf(w) {
					t.Fatalf("%q is not a folded lower-case key", w)
				}
				if i > 0 && string(l.word(i-1)) >= w {
					t.Fatalf("%q after %q: not in byte order, or repeated", w, l.word(i-1))
				}
			}
		})
	}
	for _, tt := range []struct {
		list func() *lexicon
		name string
		has  []string
		not  []string
	}{
		{givenNameList, "given names", []string{"kofi", "dmitri", "priya", "mateo", "siobhan", "youssef", "zeynep", "oluwaseun"}, []string{"clinic", "appointment"}},
		{surnameList, "surnames", []string{"horvat", "mensah", "kowalczyk", "nguyen", "haddad", "adebayo", "sharma", "garcia"}, []string{"appointment"}},
		{englishCommon, "common English", []string{"will", "grace", "appointment", "walk"}, []string{"kofi", "mensah"}},
		{spanishWordList, "Spanish", []string{"operacion", "paciente", "animo", "cita"}, []string{"lupita", "kowalczyk"}},
	} {
		l := tt.list()
		for _, w := range tt.has {
			if !l.has(w) {
				t.Errorf("%s: %q missing", tt.name, w)
			}
		}
		for _, w := range tt.not {
			if l.has(w) {
				t.Errorf("%s: %q should not be there", tt.name, w)
			}
		}
	}
}

func TestLexiconSearch(t *testing.T) {
	l := newLexicon([]byte("# header\nana\nbea\ncarla\n"))
	for _, tt := range []struct {
		word string
		want bool
	}{{"ana", true}, {"bea", true}, {"carla", true}, {"an", false}, {"anab", false}, {"", false}, {"zz", false}, {"# header", false}} {
		if got := l.has(tt.word); got != tt.want {
			t.Errorf("has(%q) = %v", tt.word, got)
		}
	}
	if (*lexicon)(nil).has("ana") || strings.Contains(string(l.words), "\r") {
		t.Fatal("nil lexicon")
	}
}

// TestLexiconSlots: the lists small enough to hash answer as the binary
// search does, for every word they hold and for near misses of each.
func TestLexiconSlots(t *testing.T) {
	for _, name := range []string{"given_names.txt.gz", "surnames.txt.gz", "english_common.txt.gz", "english_rare.txt.gz", "word_clusters.txt.gz"} {
		t.Run(name, func(t *testing.T) {
			l := loadLexicon(name)
			if l.slots == nil {
				t.Fatalf("%d words and no slots", len(l.offs))
			}
			searched := func(k string) int {
				i, hi := l.search(k)
				if i < hi && l.lineIs(i, k) {
					return i
				}
				return -1
			}
			bad := 0
			for i := range l.offs {
				w, _, _ := strings.Cut(string(l.word(i)), "\t")
				for _, k := range []string{w, w + "s", w[:len(w)-1], "x" + w} {
					if k == "" {
						continue
					}
					if got, want := l.find(k), searched(k); got != want && bad < 5 {
						bad++
						t.Errorf("find(%q) = %d, the binary search %d", k, got, want)
					}
				}
			}
		})
	}
	if l := newLexicon([]byte("ana\n")); l.slots == nil || !l.has("ana") || l.has("an") {
		t.Fatal("a one-word list")
	}
}

func TestLanguage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Flu shots are here! Walk in any weekday.", English},
		{"¡Ya tenemos las vacunas de la gripe! Venga sin cita.", Spanish},
		{"so happy for your abuela, que se mejore pronto y mucho ánimo!", Spanish},
		{"Thanks so much, we loved the tamales at the fiesta 🎉", English},
		{"", English},
		{"Appelez le 06 12 34 56 78 demain.", English},
	} {
		if got := Language(tt.text); got != tt.want {
			t.Errorf("Language(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestWordGroups keeps the word groups what the tagger relies on: words
// used alike share a group at some level, words of unlike kinds do not,
// and a word the vectors never held has none.
func TestWordGroups(t *testing.T) {
	g := wordGroupList()
	if len(g.levels) != 1024 {
		t.Fatalf("%d fine groups, want 1024", len(g.levels))
	}
	if n := len(g.lex.offs); n < 150_000 {
		t.Fatalf("%d words", n)
	}
	for _, tt := range []struct {
		a, b  string
		level int // 0 fine, 1 middle, 2 coarse
		same  bool
	}{
		{"bronchitis", "sniffles", 0, true},
		{"knee", "ankle", 0, true},
		{"tuesday", "friday", 0, true},
		{"ibuprofen", "penicillin", 0, true},
		{"asthma", "bronchitis", 1, true},
		{"tunde", "adebayo", 1, true},
		{"tunde", "chidi", 2, true},
		{"knee", "tuesday", 2, false},
		{"asthma", "tunde", 2, false},
	} {
		ga, gb := g.group(tt.a), g.group(tt.b)
		if ga < 0 || gb < 0 {
			t.Errorf("%q or %q has no group", tt.a, tt.b)
			continue
		}
		at := func(f int) int {
			switch tt.level {
			case 1:
				return int(g.levels[f][0])
			case 2:
				return int(g.levels[f][1])
			}
			return f
		}
		if same := at(ga) == at(gb); same != tt.same {
			t.Errorf("%q and %q in the same group at level %d: %v, want %v", tt.a, tt.b, tt.level, same, tt.same)
		}
	}
	for _, k := range []string{"", "zzqxv", "a"} {
		if got := g.group(k); got != -1 {
			t.Errorf("group(%q) = %d, want -1", k, got)
		}
	}
	// "ab" has a group: its line must not be mistaken for "abc"'s, nor the
	// reverse.
	if g.group("ab") < 0 || g.group("abcq") != -1 {
		t.Errorf("group(ab) = %d, group(abcq) = %d", g.group("ab"), g.group("abcq"))
	}
}
