package triage

import (
	"fmt"
	"strings"
)

// Categories of urgent message (Result.Category).
const (
	CategoryMedical      = "medical"       // chest pain, trouble breathing, stroke, bleeding, seizure ...
	CategoryMentalHealth = "mental_health" // suicidal thoughts, self-harm
	CategoryAbuse        = "abuse"         // violence, threats, sexual assault, abuse of a child or elder
	CategoryOverdose     = "overdose"      // overdose and poisoning
	CategoryNone         = "none"          // not urgent
)

// categoryOrder picks one category when a message reads as several: an
// overdose that left someone not breathing is an overdose; an assault that
// left someone bleeding is abuse.
var categoryOrder = []string{CategoryOverdose, CategoryAbuse, CategoryMentalHealth, CategoryMedical}

// Result is what Assess read in a message.
type Result struct {
	// Urgent: the message reads as an emergency and needs a person now.
	Urgent   bool
	Category string // one of the Category constants; CategoryNone when not urgent
	// Reasons say in plain English what was read, for staff: "mentions
	// chest pain and trouble breathing", "may be about someone else: "my
	// dad"", and also what was read but not counted ("not counted: "dying
	// to" read as a figure of speech").
	Reasons []string
	// PrivateDetails: the writer shares their own or a relative's health
	// details; in public, the answer is to move to a private channel.
	PrivateDetails bool
	Spam           bool // promotion, scams, follower selling; never set on an urgent message
	Abuse          bool // insults aimed at the clinic or its staff
	// Question: the message asks something ("what time do you open?",
	// "¿tienen citas el sábado?"); a thank-you is no answer to it.
	Question bool
	Lang     string
}

// Languages Result.Lang reports.
const (
	English = "en"
	Spanish = "es"
)

// maxMentions is how many things an urgent reason names; more would be a
// list nobody reads in a banner.
const maxMentions = 4

// Assess reads one message. It is safe to call from many goroutines.
func Assess(text string) Result {
	return assess(text, theModel())
}

// assess reads a message with the word lists and, unless m is nil, the
// learned model: urgent when either reads an emergency.
func assess(text string, m *model) Result {
	lx := theLexicon()
	toks := lx.tokenize(text)
	res := Result{Category: CategoryNone, Lang: lx.language(toks, text), Question: IsQuestion(text)}
	if len(toks) == 0 {
		return res
	}
	a := assessment{lx: lx, toks: toks, text: text, guards: lx.calm.find(toks), people: lx.people.find(toks), health: lx.health.find(toks)}
	a.readSigns()

	// Strong signs make a message urgent on their own; weak ones need a
	// second, different weak sign, or words that ask for help now.
	strong := map[string]bool{}
	weak := map[string]int{} // category → different weak signs read
	var reasons, weakReasons []string
	for _, h := range a.live {
		if h.rule.has('!') {
			strong[h.rule.category] = true
			reasons = appendUnique(reasons, h.rule.reason)
		}
	}
	seen := map[string]bool{}
	for _, h := range a.live {
		if h.rule.has('!') {
			continue
		}
		if k := h.rule.category + "/" + h.rule.reason; !seen[k] {
			seen[k] = true
			weak[h.rule.category]++
		}
		if !coveredBy(h.rule.reason, reasons) {
			weakReasons = appendUnique(weakReasons, h.rule.reason)
		}
	}
	var acute []string
	for _, h := range lx.acute.find(toks) {
		if (h.rule.has('^') && h.start != 0) || a.calmed(h) {
			continue
		}
		acute = appendUnique(acute, h.rule.reason)
	}
	// "a gun" is in two lists: two weak signs are two different things read.
	res.Urgent = len(strong) > 0 || len(weakReasons) >= 2 || (len(weakReasons) == 1 && len(acute) > 0)

	if res.Urgent {
		res.Category = pickCategory(strong, weak)
		res.Reasons = append(res.Reasons, "mentions "+joinWords(limit(append(reasons, weakReasons...), maxMentions)))
		if len(strong) == 0 && len(weakReasons) < 2 {
			res.Reasons = append(res.Reasons, acute[0])
		}
	} else if m != nil && m.urgency(toks) >= m.threshold {
		// The model alone calls a message urgent only when some word of it
		// weighed toward urgent: a short message's few letter groups and
		// little words ("And on Sundays?") could pass the threshold on
		// nothing staff could be shown.
		if read := m.explain(toks); len(read.words) > 0 {
			res.Urgent = true
			// The lists' signs, when there are any, name the category
			// better than the model, which learned it from fewer messages.
			res.Category = read.category
			if len(weakReasons) > 0 {
				res.Category = pickCategory(strong, weak)
			}
			res.Reasons = append(res.Reasons, a.modelReason(read, weakReasons))
		}
	}
	if res.Urgent {
		if who := a.someoneElse(); who != "" {
			res.Reasons = append(res.Reasons, fmt.Sprintf("may be about someone else: %q", who))
		}
	} else if len(weakReasons) > 0 {
		res.Reasons = append(res.Reasons, fmt.Sprintf("mentions %s, but nothing else reads as an emergency", joinWords(limit(weakReasons, maxMentions))))
	}
	res.Reasons = append(res.Reasons, a.notCounted...)

	res.PrivateDetails = a.privateDetails(res.Urgent)
	if res.PrivateDetails {
		res.Reasons = append(res.Reasons, "shares their own or a family member's health details")
	}
	if !res.Urgent {
		if why := a.spam(); len(why) > 0 {
			res.Spam = true
			res.PrivateDetails = false
			res.Reasons = append(res.Reasons, "looks like spam: "+joinWords(limit(why, 3)))
		}
	}
	if words := a.insults(res.Urgent); len(words) > 0 {
		res.Abuse = true
		res.Reasons = append(res.Reasons, "insults staff: "+strings.Join(words, ", "))
	}
	return res
}

// assessment is one message being read.
type assessment struct {
	lx         *lexicon
	toks       []token
	text       string
	guards     []hit
	live       []hit    // urgent signs that count
	healthy    []hit    // every urgent sign read, counted or negated (they are health talk)
	notCounted []string // signs read but not counted, and why
	people     []hit    // data/people.txt matches, read once
	health     []hit    // data/health.txt matches, read once
}

// readSigns sorts the urgent word lists' matches into those that count,
// those negated and those a calm phrase explains.
func (a *assessment) readSigns() {
	for _, h := range a.lx.urgent.find(a.toks) {
		if a.keep(h) {
			a.live = append(a.live, h)
		}
	}
	for _, id := range a.lx.urgent.combos {
		r := a.lx.urgent.rules[id]
		var first hit
		all := true
		for i, p := range r.parts {
			found := false
			for _, h := range findPart(p, a.toks) {
				h.rule = r
				if a.keep(h) {
					if i == 0 {
						first = h
					}
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			a.live = append(a.live, first)
		}
	}
}

// keep reports whether an urgent match counts, noting why when it does not.
func (a *assessment) keep(h hit) bool {
	for _, g := range a.guards {
		overlap := g.start < h.end && h.start < g.end
		after := g.rule.has('>') && a.toks[g.start].clause == a.toks[h.start].clause && h.start >= g.end && h.start-g.end <= 4
		if (g.rule.has('~') && overlap) || after {
			a.noteNotCounted(fmt.Sprintf("not counted: %q read as %s", a.span(min(g.start, h.start), max(g.end, h.end)), g.rule.reason))
			return false
		}
	}
	a.healthy = append(a.healthy, h)
	if !h.rule.has('-') {
		if cue, ok := a.negation(h.start); ok {
			a.noteNotCounted(fmt.Sprintf("not counted: %q (negated)", a.span(cue, h.end)))
			return false
		}
	}
	return true
}

func (a *assessment) noteNotCounted(s string) {
	a.notCounted = appendUnique(a.notCounted, s)
}

// negation returns the index of a negation whose reach covers toks[start].
func (a *assessment) negation(start int) (int, bool) {
	for i := start - 1; i >= 0 && start-i <= 3; i-- {
		t := a.toks[i]
		if t.clause != a.toks[start].clause || a.lx.scopeEnd[t.text] {
			return 0, false
		}
		if reach, ok := a.lx.negation[t.text]; ok && start-i <= reach {
			return i, true
		}
	}
	return 0, false
}

// span is the original text of tokens [from, to).
func (a *assessment) span(from, to int) string {
	return a.text[a.toks[from].start:a.toks[to-1].end]
}

// modelReason says why the model called a message urgent when no listed
// phrase did: the words that weighed most, as the writer wrote them.
func (a *assessment) modelReason(r reading, weakReasons []string) string {
	var words []string
	for _, i := range r.words {
		words = append(words, fmt.Sprintf("%q", a.span(i, i+1)))
	}
	why := "reads like the emergencies triage learned from"
	if len(words) > 0 {
		why += ": " + joinWords(words)
	}
	if len(weakReasons) > 0 {
		why += "; mentions " + joinWords(limit(weakReasons, maxMentions))
	}
	return why
}

// someoneElse returns the words that say an urgent message is about a
// relative or someone else ("my dad", "mi hijo", "my friend").
func (a *assessment) someoneElse() string {
	for _, h := range a.people {
		if h.rule.reason == "self" {
			continue
		}
		from := h.start
		if from > 0 {
			if p := a.toks[from-1].text; p == "my" || p == "mi" || p == "our" || p == "his" || p == "her" || p == "su" {
				from--
			}
		}
		return a.span(from, h.end)
	}
	return ""
}

// privateDetails reports whether the writer shares their own or a
// relative's health details. An urgent message does unless it is only
// about someone who is not family ("my friend got stabbed"); any other
// message when a health word sits near words about the writer or their
// family.
func (a *assessment) privateDetails(urgent bool) bool {
	people := a.people
	var others, aside []hit // others: not family; aside: others and "i think", "i heard"
	for _, p := range people {
		switch p.rule.reason {
		case "other":
			others = append(others, p)
			aside = append(aside, p)
		case "observer":
			aside = append(aside, p)
		}
	}
	var cues []hit
	for _, p := range people {
		switch {
		case p.rule.reason == "self" && !inside(p, aside):
			cues = append(cues, p)
		case p.rule.reason == "kin" && a.family(p, others):
			cues = append(cues, p)
		}
	}
	if urgent {
		return len(cues) > 0 || len(others) == 0
	}
	var health []hit
	for _, h := range a.health {
		if h.rule.has('+') && !a.calmed(h) && !a.excluded(h) {
			health = append(health, h)
		}
	}
	for _, h := range a.healthy {
		if h.rule.has('!') {
			health = append(health, h)
		}
	}
	for _, p := range cues {
		for _, h := range health {
			d := h.start - p.end
			if d < 0 {
				d = p.start - h.end
			}
			if a.toks[h.start].clause == a.toks[p.start].clause || d <= 8 {
				return true
			}
		}
	}
	return false
}

// family reports whether a relative word is the writer's own: "my dad", or
// the first word of a clause ("dad is unconscious"); not "my neighbor's
// kids" or "the kids".
func (a *assessment) family(p hit, others []hit) bool {
	for _, o := range others {
		if o.end == p.start || (p.start >= o.start && p.end <= o.end) {
			return false
		}
	}
	if p.start == 0 || a.toks[p.start-1].clause != a.toks[p.start].clause {
		return true
	}
	switch a.toks[p.start-1].text {
	case "my", "mi", "mis", "our", "nuestro", "nuestra", "nuestros", "nuestras":
		return true
	}
	return false
}

// calmed reports whether a calm phrase overlaps h ("bleeding money").
func (a *assessment) calmed(h hit) bool {
	for _, g := range a.guards {
		if g.rule.has('~') && g.start < h.end && h.start < g.end {
			return true
		}
	}
	return false
}

// excluded reports whether a "-" line of health.txt overlaps h ("flu shot"
// is not a health detail).
func (a *assessment) excluded(h hit) bool {
	for _, x := range a.health {
		if x.rule.has('-') && x.start < h.end && h.start < x.end {
			return true
		}
	}
	return false
}

func inside(h hit, in []hit) bool {
	for _, o := range in {
		if h.start >= o.start && h.end <= o.end {
			return true
		}
	}
	return false
}

// spam returns why a message reads as spam, or nothing.
func (a *assessment) spam() []string {
	var strong, weak []string
	for _, h := range a.lx.spam.find(a.toks) {
		if h.rule.has('!') {
			strong = appendUnique(strong, h.rule.reason)
		} else {
			weak = appendUnique(weak, h.rule.reason)
		}
	}
	if len(strong) > 0 || len(weak) >= 2 {
		return append(strong, weak...)
	}
	return nil
}

// insults returns the insults aimed at staff. In an emergency, words like
// "fucking" are distress, not abuse, unless they name the clinic's people.
func (a *assessment) insults(urgent bool) []string {
	hits := a.lx.insults.find(a.toks)
	if len(hits) == 0 {
		return nil
	}
	aimed := len(a.lx.staff.find(a.toks)) > 0
	var words []string
	for _, h := range hits {
		if (h.rule.has('!') && (!urgent || aimed)) || (h.rule.has('?') && aimed) {
			words = appendUnique(words, fmt.Sprintf("%q", a.span(h.start, h.end)))
		}
	}
	return words
}

// language counts English and Spanish words; accents and ¿¡ count for
// Spanish. A tie is English.
func (lx *lexicon) language(toks []token, text string) string {
	es, en := 0, 0
	for _, t := range toks {
		if lx.spanish[t.text] {
			es++
		}
		if lx.english[t.text] {
			en++
		}
	}
	if strings.ContainsAny(text, "ñ¿¡áéíóú") {
		es++
	}
	if es > en {
		return Spanish
	}
	return English
}

// pickCategory names what a message is most about: the first category of
// categoryOrder with a strong sign, else with the most weak signs. A
// medical emergency with a sign of drugs or poison read beside it ("inhaled
// a can of duster and collapsed") is an overdose.
func pickCategory(strong map[string]bool, weak map[string]int) string {
	if strong[CategoryMedical] && weak[CategoryOverdose] > 0 {
		return CategoryOverdose
	}
	for _, c := range categoryOrder {
		if strong[c] {
			return c
		}
	}
	best, most := CategoryMedical, 0
	for _, c := range categoryOrder {
		if weak[c] > most {
			best, most = c, weak[c]
		}
	}
	return best
}

// coveredBy reports whether reason says less than one already given
// ("bleeding" beside "heavy bleeding").
func coveredBy(reason string, given []string) bool {
	for _, g := range given {
		if strings.Contains(g, reason) {
			return true
		}
	}
	return false
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func limit(list []string, n int) []string {
	if len(list) > n {
		return list[:n]
	}
	return list
}

// joinWords writes "a", "a and b", "a, b and c".
func joinWords(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// IsQuestion reports a message that asks something: a question mark, or
// a first word that opens a question.
func IsQuestion(text string) bool {
	if strings.ContainsAny(text, "?¿") {
		return true
	}
	first := strings.ToLower(strings.TrimLeft(text, " \t\n@#"))
	if i := strings.IndexFunc(first, func(r rune) bool { return r == ' ' || r == ',' }); i > 0 {
		first = first[:i]
	}
	switch first {
	case "what", "when", "where", "how", "why", "who", "which", "can", "could", "do", "does", "is", "are", "will", "should",
		"qué", "que", "cuándo", "cuando", "dónde", "donde", "cómo", "como", "puedo", "pueden", "tienen", "hay":
		return true
	}
	return false
}
