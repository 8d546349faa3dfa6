// The condition gate: whether condition words found in a text ("the
// stitches", "swelling", "IUD insertion") are someone's care or a topic
// (the clinic's services, general advice, an event). It weighs what
// surrounds them: the reader of a reply (a handle, "you"), a name, an owner
// ("your", "her", "Jake's"), a pointing word ("the rash"), visit words, and
// what speaks against (advice, services, events), by a logistic model
// learned from the labelled tuning sets (gate.go).

package privacy

import "strings"

// condFeatureNames name the features of a condition, in the order
// condFeatures returns them; data/conditions_gate.weights gives a weight
// per name.
var condFeatureNames = []string{
	"rule", "reply", "spanish", "short", "person_handle", "handle_first",
	"name_sent", "name_near", "rel_sent", "rel_near", "owned", "pointed",
	"you", "third_person", "family", "visit_cue", "generic", "advice", "service", "event",
	"anchored", "personal", "multiword", "care_sent", "question", "identifier", "capital",
	"we_offer", "can", "answer", "body_part", "negation", "population", "indefinite",
}

// condFeatures describes condition words at tokens r[0]..r[1], the ci-th
// found; rule is whether the hand-written rules tie them to a person.
func (c *checker) condFeatures(ci int, r [2]int, rule bool) []float64 {
	a, b := r[0], r[1]
	s := c.toks[a].sent
	lo, hi := max(s-1, 0), min(s+1, len(c.sentStart)-1)
	x := make([]float64, len(condFeatureNames))
	set := func(i int, v bool) {
		if v {
			x[i] = 1
		}
	}
	set(0, rule)
	set(1, c.reply)
	set(2, c.lang == Spanish)
	set(3, len(c.sentStart) <= 2)
	f := c.textFacts()
	set(4, f.personHandle)
	set(5, f.handleFirst)
	set(6, c.nameSents[s])
	for k := lo; k <= hi; k++ {
		set(7, c.nameSents[k])
		set(9, c.relSents[k])
	}
	set(8, c.relSents[s])
	for j := a - 1; j >= 0 && j >= a-4 && c.toks[j].sent == s; j-- {
		tk := c.toks[j]
		switch tk.key {
		case "your", "his", "her", "my", "their", "tu", "tus", "su", "sus", "mi", "mis":
			set(10, true)
		}
		set(10, tk.poss && (tk.name || tk.lists.has(inFamilyWords)))
	}
	set(11, c.pointedAt(a))
	from, _ := c.sentRange(s)
	sw := c.sentWords(s)
	for i, v := range sw.words {
		set(12+i, v)
	}
	for _, e := range c.events {
		set(19, e == ci)
	}
	set(20, c.anchored(s))
	set(21, c.personal)
	set(22, b > a)
	set(23, c.careSent(s))
	set(24, sw.question)
	set(25, f.identifier)
	set(26, c.toks[a].cap && a != from)
	set(27, sw.weOffer)
	set(28, sw.can)
	set(29, f.answer)
	for _, e := range c.bodyConds {
		set(30, e == ci)
	}
	set(31, sw.negation)
	set(32, sw.population)
	if a > from {
		switch c.toks[a-1].key {
		case "a", "an", "any", "un", "una", "unos", "unas", "cualquier":
			set(33, true) // "a dermatologist is your best bet": any one, no one's
		}
	}
	return x
}

// condGate reports whether the condition words r, the ci-th found, are
// someone's; rule is what the hand-written rules say.
func (c *checker) condGate(ci int, r [2]int, rule bool) bool {
	return conditionsGate.keep(c, [2]int{c.toks[r[0]].start, c.toks[r[1]].end}, c.condFeatures(ci, r, rule))
}

// facts are what the gates ask of the whole text, read once.
type facts struct {
	personHandle, handleFirst, identifier, answer bool
}

// textFacts reads the facts once the contact details are known (the
// identifiers): a person's handle, one that opens the text, a record
// number, and words of a question being answered ("great q! …").
func (c *checker) textFacts() *facts {
	if c.facts != nil {
		return c.facts
	}
	f := &facts{}
	for _, h := range c.handles {
		if !h.org {
			f.personHandle = true
			f.handleFirst = f.handleFirst || strings.TrimSpace(c.text[:h.start]) == ""
		}
	}
	for _, cd := range c.cands {
		f.identifier = f.identifier || cd.kind == KindIdentifier
	}
	for _, tk := range c.toks {
		switch tk.key {
		case "question", "questions", "q", "pregunta", "asked", "wondering":
			f.answer = true
		}
	}
	c.facts = f
	return f
}

// sentWords are what a sentence's words say, whatever has been found in it
// (condFeatures 12 to 18), read once per sentence.
type sentWords struct {
	words                  [7]bool // you, third person, family, visit cue, generic, advice, service
	question, weOffer, can bool
	negation, population   bool
	// What anchored, generic and advice ask of the words, which the
	// check asks again for each care word: "you" or, in a reply, the
	// writer's "I" (anchored); "if", which is advice unless said to
	// someone by name (generic); another word of general advice; and
	// one other than "everyone".
	anchorYou, genericIf, genericOther, adviceOther bool
}

func (c *checker) sentWords(s int) *sentWords {
	if c.sentWordsCache == nil {
		c.sentWordsCache = make([]*sentWords, len(c.sentStart))
	}
	if w := c.sentWordsCache[s]; w != nil {
		return w
	}
	w := &sentWords{}
	from, to := c.sentRange(s)
	for i := from; i < to; i++ {
		k := c.toks[i].key
		kl := c.toks[i].lists
		// "Thank you" is politeness, not talk about the reader.
		thanks := i > 0 && c.toks[i-1].key == "thank"
		you, generic := kl.has(inYouWords), kl.has(inGenericWords)
		w.words[0] = w.words[0] || you && !thanks
		w.words[1] = w.words[1] || kl.has(inThirdPerson)
		w.words[2] = w.words[2] || kl.has(inFamilyWords)
		w.words[3] = w.words[3] || kl.has(inDateCues)
		w.words[4] = w.words[4] || generic
		w.words[5] = w.words[5] || k == "if" || anyoneWord(k) || k == "si" || k == "cualquier" || k == "quien"
		w.words[6] = w.words[6] || kl.has(inServiceWords)
		switch {
		case you:
			// "do you do botox?" asks the clinic.
			w.anchorYou = w.anchorYou || !thanks && !c.askedOfClinic(i)
		case c.reply && firstPerson(k):
			// A reply in the first person speaks of someone's care: a
			// comment the clinic received, of the writer's own ("my 11s
			// are BACK already"), and the clinic's answer, of its
			// reader's ("I've asked Dr. Rao to look at the rash").
			w.anchorYou = true
		case k == "if":
			w.genericIf = generic
		case generic && c.ownedWord(i):
			// "my kids", "your 2 kids": someone's, not anyone's.
		case generic:
			w.genericOther = true
			w.adviceOther = w.adviceOther || k != "everyone" && k != "everybody"
		}
		switch k {
		case "can", "can't", "cannot", "puede", "pueden", "puedes":
			w.can = true // "kids can get the flu shot": who may, not who did
		}
		w.negation = w.negation || negationWord(k) // "we don't do MRI here", "no appointment needed"
		switch k {
		case "kids", "children", "adults", "everyone", "anyone", "people", "women", "men", "seniors", "teens", "families",
			"ninos", "adultos", "mujeres", "hombres", "personas", "todos", "familias":
			w.population = true // "the flu shot for kids 6mo+": a service for a group
		}
	}
	end := len(c.text)
	if to < len(c.toks) {
		end = c.toks[to].start
	}
	w.question = strings.ContainsRune(c.text[c.toks[from].start:end], '?')
	w.weOffer = c.weOffer(s)
	c.sentWordsCache[s] = w
	return w
}

// ownedWord reports an owner ("my", "your", "su") one or two words before
// token i, in its sentence: "my kids", "your 2 kids".
func (c *checker) ownedWord(i int) bool { return c.follows(i, ownerWord) }

// follows reports token i one or two words after a word of its sentence
// that is is.
func (c *checker) follows(i int, is func(string) bool) bool {
	for j := i - 1; j >= 0 && j >= i-2 && c.toks[j].sent == c.toks[i].sent; j-- {
		if is(c.toks[j].key) {
			return true
		}
	}
	return false
}

// negationWord reports a word that negates what follows it.
func negationWord(k string) bool {
	switch k {
	case "don't", "dont", "can't", "cant", "cannot", "not", "no", "never", "won't", "doesn't", "nunca":
		return true
	}
	return false
}

// negatedInClause reports a word of negation before token i, or i itself,
// in its clause (up to a comma or "and", "but", "so" before it): "we never
// treated your son", "no hace falta referencia para la primera consulta";
// not one in another clause ("My son was seen last week for his knee and
// we never got the sheet").
func (c *checker) negatedInClause(i int) bool {
	s := c.toks[i].sent
	for j := i; j >= 0 && c.toks[j].sent == s; j-- {
		k := c.toks[j].key
		if negationWord(k) {
			return true
		}
		if j < i && clauseBreak(k) || j > 0 && strings.ContainsAny(c.text[c.toks[j-1].end:c.toks[j].start], ",;:—") {
			return false
		}
	}
	return false
}

// clauseBreak reports a word that opens a clause of its own.
func clauseBreak(k string) bool {
	switch k {
	case "and", "but", "so", "then", "y", "pero", "entonces":
		return true
	}
	return false
}
