// The date gate: whether a date found in a text is a patient's (a visit,
// a procedure, a result tied to someone) or anyone's (opening hours, an
// event, general advice). It weighs what surrounds the date: a person (a
// name, a handle, "you" in a reply, "his", a family word), care (condition
// words, visit words) and what speaks against (advice, the clinic's
// services, an event), with the date's shape, by a logistic model whose
// weights were learned from the labelled tuning sets (gate.go).

package privacy

import "strings"

// dateFeatureNames name the features of a date, in the order dateFeatures
// returns them; data/dates_gate.weights gives a weight per name.
var dateFeatureNames = []string{
	"rule", "reply", "spanish", "short", "person_handle",
	"name_sent", "name_near", "rel_sent", "rel_near", "cond_sent", "cond_near", "cond_tied_near",
	"care_sent", "visit_cue", "visit_noun", "you", "third_person", "family", "identifier",
	"generic", "advice", "service", "event", "anchored",
	"weekday", "relative_day", "relative_span", "month", "numeric", "ordinal", "time", "prep",
	"deadline", "month_alone",
}

// dateFeatures describes the date span sp, starting at token a.
func (c *checker) dateFeatures(sp [2]int, a int) []float64 {
	s := c.toks[a].sent
	lo, hi := max(s-1, 0), min(s+1, len(c.sentStart)-1)
	near := func(f func(int) bool) bool {
		for k := lo; k <= hi; k++ {
			if f(k) {
				return true
			}
		}
		return false
	}
	x := make([]float64, len(dateFeatureNames))
	set := func(i int, b bool) {
		if b {
			x[i] = 1
		}
	}
	set(0, c.visitRule(s))
	set(1, c.reply)
	set(2, c.lang == Spanish)
	set(3, len(c.sentStart) <= 2)
	for _, h := range c.handles {
		if !h.org {
			set(4, true)
		}
	}
	set(5, c.nameSents[s])
	set(6, near(func(k int) bool { return c.nameSents[k] }))
	set(7, c.relSents[s])
	set(8, near(func(k int) bool { return c.relSents[k] }))
	set(9, c.condInSent(s))
	set(10, near(c.condInSent))
	for _, cd := range c.cands {
		switch cd.kind {
		case KindCondition:
			if k := c.sentOf(cd.start); k >= lo && k <= hi {
				set(11, true)
			}
		case KindIdentifier:
			set(18, true)
		}
	}
	set(12, c.careSent(s))
	from, to := c.sentRange(s)
	for i := from; i < to; i++ {
		k := c.toks[i].key
		set(13, c.vocab.dateCues[k])
		set(15, c.vocab.youWords[k] && (i == 0 || c.toks[i-1].key != "thank"))
		set(16, c.vocab.thirdPerson[k])
		set(17, c.vocab.familyWords[k])
		set(19, c.vocab.genericWords[k])
		set(20, k == "if" || anyoneWord(k) || k == "si" || k == "cualquier" || k == "quien")
		set(21, c.vocab.serviceWords[k])
	}
	set(14, c.visitNoun(s))
	set(22, c.eventSent(s))
	set(23, c.anchored(s))
	for i := a; i < len(c.toks) && c.toks[i].start < sp[1]; i++ {
		k := c.toks[i].key
		set(24, c.vocab.weekdays[k])
		set(25, c.vocab.relativeDays[k] && !c.vocab.weekdays[k])
		set(26, c.vocab.relativeSpans[k] && !c.vocab.weekdays[k] || k == "semana" || k == "mes")
		set(27, c.vocab.months[k] || dashedDayMonth(c.vocab, k))
		set(29, ordinal(k))
		set(30, timeToken(k) || k == "at" || k == "las")
	}
	set(28, strings.ContainsAny(c.text[sp[0]:sp[1]], "/.-") && strings.IndexFunc(c.text[sp[0]:sp[1]], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0)
	if a > 0 && c.toks[a-1].sent == s {
		switch c.toks[a-1].key {
		case "on", "for", "to", "from", "since", "in", "at", "para", "desde", "en", "de":
			set(31, true)
		case "by", "before", "until", "till", "til", "hasta", "antes":
			set(32, true) // "better by fri": a deadline, often advice
		}
	}
	set(33, sp[1] == c.toks[a].end && c.toks[a].lists.has(inMonths))
	return x
}

// dateGate reports whether the date span sp, starting at token a, is a
// patient's.
func (c *checker) dateGate(sp [2]int, a int) bool {
	if c.clinicDate(c.toks[a].sent) || !c.reply && !c.someone(true) || c.toOrganisation() && !c.someone(false) {
		return false
	}
	return datesGate.keep(c, sp, c.dateFeatures(sp, a))
}

// someone reports a person a post is about: a name, a person's handle, a
// confirmed patient, a record number, "his" or "her", a relative
// ("abuelo's bypass"), or, with you set, "you" beside care found to be
// someone's (not "bring your Medicare card"). A post about no one has no
// patient's dates ("portal maintenance Sat 10pm–2am", "flu shot Saturday
// the 14th, bring your insurance card"). Without you it asks of a reply
// to an organisation (toOrganisation), whose "you" is the organisation.
func (c *checker) someone(you bool) bool {
	if c.hasName || c.textFacts().personHandle || c.textFacts().identifier {
		return true
	}
	for s := range c.sentStart {
		if w := c.sentWords(s); c.relSents[s] || w.words[1] || w.words[2] || you && w.words[0] && c.tiedCareIn(s) {
			return true
		}
	}
	return false
}

// tiedCareIn reports care words in sentence s found to be someone's.
func (c *checker) tiedCareIn(s int) bool {
	for ci, r := range c.conds {
		if ci < len(c.tied) && c.tied[ci] && c.toks[r[0]].sent == s {
			return true
		}
	}
	return false
}

// toOrganisation reports a reply that opens with an organisation's handle
// (or the clinic's own) and holds no person's: its reader is a church, a
// school or a team, and the dates it is told are their events
// ("@consuladomx_chicago ahí estaremos el 9 de octubre", "@mtcarmel_5k
// see you Sat 5/17").
func (c *checker) toOrganisation() bool {
	return c.reply && c.handleFirst() && c.handles[0].org && !c.textFacts().personHandle
}

// clinicDate reports a sentence whose dates are the clinic's, whatever
// else it says: an event, a talk or a class, or the clinic's services with
// no one named or confirmed as a patient in it ("free flu shots sat
// 10am-2pm", "our free stop-smoking group on weds").
func (c *checker) clinicDate(s int) bool {
	return c.eventSent(s) || c.clinicHours(s) || (c.ownService(s) && !c.nameSents[s] && !c.relSents[s])
}

// clinicHours reports a sentence about when the clinic opens: "we're
// closed on Thanksgiving and reopen friday at 8", "we'll be closed mon".
func (c *checker) clinicHours(s int) bool {
	a, b := c.sentRange(s)
	for i := a; i < b; i++ {
		if k := c.toks[i].key; k != "we" && k != "we're" && k != "we'll" {
			continue
		}
		for j := i + 1; j < b && j <= i+3; j++ {
			switch c.toks[j].key {
			case "closed", "open", "reopen", "closing", "opening":
				return true
			}
		}
	}
	return false
}
