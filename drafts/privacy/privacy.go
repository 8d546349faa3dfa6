// The checker's core: the kinds of finding and their reasons, the options
// and the clinic's own details, Check itself, the checker's state and the
// last step that settles overlapping findings.

package privacy

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Kind says what sort of patient information a finding looks like.
type Kind string

const (
	KindName         Kind = "name"         // a personal name in a care context
	KindDate         Kind = "date"         // visit/appointment date tied to a person
	KindBirthDate    Kind = "birth_date"   // a date of birth
	KindPhone        Kind = "phone"        // not the clinic's own
	KindEmail        Kind = "email"        // not on the clinic's website domain
	KindAddress      Kind = "address"      // street address, not the clinic's own
	KindIdentifier   Kind = "identifier"   // record/MRN, insurance/member id, SSN-like numbers
	KindCondition    Kind = "condition"    // diagnosis, procedure or medication tied to a person
	KindRelationship Kind = "relationship" // wording that confirms someone is a patient
	KindHandle       Kind = "handle"       // a person's social media handle in a care context
)

// NeverKept is the sentence that ends the reason of every finding that
// cannot be kept.
const NeverKept = "This can never be posted: remove it."

// Keepable reports whether staff may keep a finding of this kind with a
// reason. Record, insurance and government ID numbers, dates of birth, and
// phone numbers and e-mail addresses other than the clinic's (which are
// never flagged) identify a patient whatever the reason or consent, so the
// text must change.
func (k Kind) Keepable() bool {
	switch k {
	case KindIdentifier, KindBirthDate, KindPhone, KindEmail:
		return false
	}
	return true
}

// Finding is one span of a text that may be patient information.
type Finding struct {
	Start  int    `json:"start"` // byte offset into the UTF-8 text
	End    int    `json:"end"`   // exclusive
	Text   string `json:"text"`  // text[Start:End]
	Kind   Kind   `json:"kind"`
	Reason string `json:"reason"` // plain English for front-desk staff
}

// Keepable reports whether the finding may be kept with a reason; see
// Kind.Keepable.
func (f Finding) Keepable() bool { return f.Kind.Keepable() }

// Options tells the privacy check what it is reading.
type Options struct {
	Reply bool // the text answers a public comment/review/message
	Own   Own  // the clinic's own details, never flagged
}

// Own is the clinic's own public identity: its name, phone, website,
// address and staff names are never taken for a patient's.
type Own struct {
	Name    string
	Phone   string
	Website string
	Address string // street line first, then the town after a comma or newline
	// StaffNames are public names of the clinic's providers and staff
	// ("Dr. Ana Ruiz"), one per entry.
	StaffNames []string
	// Handles are the clinic's own accounts ("@maplegroveclinic",
	// "@clinic@social.example"); an organisation's handle is never flagged
	// either, but the clinic's may not look like one.
	Handles []string
}

// reasons are written for front-desk staff: what it is and what to do.
var reasons = map[Kind]string{
	KindName:         "Looks like a patient's name next to care details. Remove it, or override with a reason if it is a public figure or the person gave written consent.",
	KindDate:         "A visit or appointment date tied to a person can identify a patient. Remove the date, or leave the person out.",
	KindBirthDate:    "A date of birth identifies a patient. " + NeverKept,
	KindPhone:        "A phone number that is not the clinic's; give the clinic's own number instead. " + NeverKept,
	KindEmail:        "An email address that is not on the clinic's website domain; point people to the clinic's own contact details instead. " + NeverKept,
	KindAddress:      "A street address that is not the clinic's. Remove it; never post where someone lives.",
	KindIdentifier:   "Looks like a record, insurance or Social Security number. " + NeverKept,
	KindCondition:    "A diagnosis, procedure or medication tied to a person. Remove it, or keep health details general (\"we offer flu shots\").",
	KindRelationship: "This confirms someone is or was a patient. Use neutral wording instead, e.g. \"Thank you for your feedback. Please call us so we can help.\"",
	KindHandle:       "A person's social media handle next to care details identifies them as surely as their name. Remove it, or override with a reason if they gave written consent.",
}

// priority decides which finding survives when two overlap: the most
// specific and most sensitive kind wins.
var priority = map[Kind]int{
	KindIdentifier: 8, KindEmail: 7, KindPhone: 6, KindAddress: 5,
	KindBirthDate: 4, KindDate: 4, KindHandle: 3, KindName: 3, KindCondition: 2, KindRelationship: 1,
}

// Check finds possible patient information in a post or reply. The
// findings are sorted by Start, never overlap, and carry byte offsets that
// are valid for text, whatever its script.
func Check(text string, opts Options) []Finding {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return newChecker(text, opts).run()
}

func newChecker(text string, opts Options) *checker {
	v := vocab()
	return &checker{text: text, reply: opts.Reply, vocab: v, own: ownInfoFor(opts.Own, v), textP: -1}
}

// lastOwn holds the clinic's details as last read: a session checks every
// text against the same clinic, and reading them again cost 5 % of a check.
// ownInfo is never written after newOwnInfo, so checkers may share it.
var lastOwn struct {
	sync.Mutex
	own   Own
	vocab *vocabulary
	info  ownInfo
}

func ownInfoFor(p Own, v *vocabulary) ownInfo {
	lastOwn.Lock()
	defer lastOwn.Unlock()
	if lastOwn.vocab == v && sameOwn(lastOwn.own, p) {
		return lastOwn.info
	}
	lastOwn.info = newOwnInfo(p, v)
	lastOwn.own = Own{Name: p.Name, Phone: p.Phone, Website: p.Website, Address: p.Address,
		StaffNames: slices.Clone(p.StaffNames), Handles: slices.Clone(p.Handles)}
	lastOwn.vocab = v
	return lastOwn.info
}

func sameOwn(a, b Own) bool {
	return a.Name == b.Name && a.Phone == b.Phone && a.Website == b.Website && a.Address == b.Address &&
		slices.Equal(a.StaffNames, b.StaffNames) && slices.Equal(a.Handles, b.Handles)
}

// prepare reads the text's language and splits it into words.
func (c *checker) prepare() {
	es, en := languageCounts(c.text)
	c.spanish = es >= 2 || es > en
	c.lang = English
	if es > en {
		c.lang = Spanish
	}
	c.protect()
	c.tokenize()
}

func (c *checker) run() []Finding {
	c.prepare()
	c.scanContacts()
	c.scanConditionWords()
	c.scanReadings()
	c.scanBodyParts()
	c.scanTagged()
	c.scanStaff()
	c.scanNames()
	c.anchorHandles()
	c.scanRelationships()
	c.scanTaggedRelationships()
	c.tieConditions()
	c.tieConditions() // again, now that the reply may be known to be personal
	c.scanDates()
	c.scanLocations()
	c.flagPendingNames()
	c.flagTaggedNames()
	c.scanHandles()
	if len(c.handleNames) > 0 {
		// Names found through a handle anchor their sentences too.
		c.tieConditions()
		c.scanDates()
	}
	c.widenPersonal()
	c.dropUnlikely()
	c.dropProtected()
	c.secondLook()
	return c.resolve()
}

// ownInfo is the clinic's own identity, normalised for comparison.
type ownInfo struct {
	rawPhone string          // as the clinic wrote it; read on demand (ownPhone)
	phone    string          // digits without a leading country code 1
	host     string          // website host without "www."
	street   string          // normalised street line of the address
	staff    map[string]bool // name words of staff, titles removed
	words    map[string]bool // words of the clinic's name and town: never a person
	// place: the words of its town and street that its name does not
	// hold. Its patients live there, and write it in their handles
	// ("@bettyjo.harlan" beside a clinic in Harlan Bluff).
	place   map[string]bool
	handles map[string]bool // the clinic's own handles, letters only
}

func newOwnInfo(p Own, v *vocabulary) ownInfo {
	o := ownInfo{rawPhone: p.Phone, phone: digitsOf(p.Phone), staff: map[string]bool{}, words: map[string]bool{}, handles: map[string]bool{}}
	for _, h := range p.Handles {
		user, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(h), "@"), "@")
		o.handles[lettersOf(user)] = true
	}
	// "+1 (555) 010-0100 ext. 4" is still the main line.
	if len(o.phone) > 10 && o.phone[0] == '1' {
		o.phone = o.phone[1:]
	}
	if len(o.phone) > 10 {
		o.phone = o.phone[:10]
	}
	host := strings.ToLower(strings.TrimSpace(p.Website))
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	o.host = strings.TrimPrefix(host, "www.")
	street, town, _ := strings.Cut(strings.Replace(strings.TrimSpace(p.Address), "\n", ",", 1), ",")
	o.street = v.normStreet(street)
	for _, n := range p.StaffNames {
		for _, w := range wordsOf(n) {
			if !v.roleWords[w] && !v.titles[w] {
				o.staff[w] = true
			}
		}
	}
	for _, w := range wordsOf(p.Name + " " + town + " " + street) {
		o.words[w] = true
	}
	o.place = map[string]bool{}
	for _, w := range wordsOf(town + " " + street) {
		o.place[w] = true
	}
	for _, w := range wordsOf(p.Name) {
		delete(o.place, w)
	}
	return o
}

// wordsOf splits a short string into token keys.
func wordsOf(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !wordRune(r) && r != '\'' && r != '’' && r != '-' }) {
		out = append(out, keyOf(f))
	}
	return out
}

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	return d
}

func (v *vocabulary) normStreet(s string) string {
	f := strings.Fields(strings.ToLower(strings.NewReplacer(".", " ", ",", " ", "’", "'").Replace(s)))
	for i, w := range f {
		if short, ok := v.streetAbbrevs[w]; ok {
			f[i] = short
		}
	}
	return strings.Join(f, " ")
}

type cand struct {
	start, end int
	kind       Kind
}

type checker struct {
	text      string
	reply     bool
	spanish   bool        // Spanish words in the text: read the Spanish lists too
	lang      string      // the text's language, for the reasons (English or Spanish)
	vocab     *vocabulary // the word lists (words.go)
	own       ownInfo
	ownNum    *ownPhone // the clinic's number as the phone library reads it, once needed
	prot      [][2]int  // byte spans never flagged as anything but email
	toks      []token
	cands     []cand
	conds     [][2]int // token ranges of condition words, before tying them to a person
	tied      []bool   // per conds: found to be about a person
	events    []int    // indexes of conds that name an event ("flu clinic")
	bodyConds []int    // indexes of conds that are an owned body part alone ("her knee")
	personal  bool     // a reply already confirms its reader's care
	sentStart []int    // first token of each sentence
	numDates  [][2]int // numeric dates, judged once sentences are known
	dates     [][2]int // every date-shaped span, as scanDates last read them
	dynStaff  []string // name words introduced with a role in this text
	nameKeys  []string // words of flagged names, for later mentions
	nameSents []bool   // sentences holding a flagged name
	relSents  []bool   // sentences holding relationship wording
	careSents []int8   // per sentence: 1 care words, -1 none, 0 not yet known
	hasName   bool
	handles   []handle // every @handle in the text
	// pendingNames are the names of a reply's reader (greeted, titled, or
	// named as their handle is), flagged only if the reply touches care
	// (flagPendingNames).
	pendingNames [][2]int
	// textP is the text gate's reading of the text, or -1 before it is read
	// (aboutSomeonesCare).
	textP float32
	// textAround is the gate's reading around each sentence (careAround),
	// or -1 before it is read.
	textAround []float32
	// eventSents is, per sentence, 1 where it names an event, -1 where it
	// does not, or 0 before it is read (eventSent).
	eventSents []int8
	// handleNames are the words of flagged handles that are no ordinary
	// word: the person's name, wherever else the text uses it.
	handleNames    []string
	facts          *facts       // read once by the gates (condgate.go)
	sentWordsCache []*sentWords // per sentence, read once (condgate.go)
	// gateLog, when set (by the gates' training), sees every span a gate
	// judges, with its features.
	gateLog func(g *gate, sp [2]int, x []float64)
	// secondLookLog, when set (by the second look's training), sees every
	// run the second look judges, with its output and features, and the
	// second look keeps none; the gates judge as shipped.
	secondLookLog func(o int, sp [2]int, x []float64)
	// tagP is the care-word tagger's probability per token (tagger.go).
	tagP     [][tagOutputs]float32
	tagger   *tagger   // the model scanTagged read with, for its thresholds
	tagSents []uint8   // per sentence, what tagSentFacts read
	tagW     []tagWord // per token, what the word lists say (tagWords)
	tagH     []uint64  // per token, its word's hash (tagKeys)
	tagFirst int8      // 1: the text opens with a handle, 2: it does not, 0: not read yet
	// addressed: per setting of someoneAddressed's you, 1 when the words
	// address someone, 2 when not, 0 not read yet.
	addressed [2]int8
	// widening: the text is read again as one about someone (widen.go),
	// and the date grammar reads the shapes it leaves alone elsewhere.
	widening bool
	// wideSents: the sentences that reading covers, near a finding.
	wideSents []bool
	// firstReading counts the candidates found before the second reading.
	firstReading int
}

func (c *checker) add(start, end int, k Kind) {
	if start < end {
		c.cands = append(c.cands, cand{start, end, k})
	}
}

func (c *checker) protected(start, end int) bool {
	for _, p := range c.prot {
		if start < p[1] && p[0] < end {
			return true
		}
	}
	return false
}

// taken reports a candidate finding overlapping [start, end).
func (c *checker) taken(start, end int) bool {
	for _, cd := range c.cands {
		if start < cd.end && cd.start < end {
			return true
		}
	}
	return false
}

// inNumericDate reports a numeric date overlapping [start, end).
func (c *checker) inNumericDate(start, end int) bool {
	for _, d := range c.numDates {
		if d[0] < end && start < d[1] {
			return true
		}
	}
	return false
}

// tokAt is the index of the first token starting at or after byte off.
func (c *checker) tokAt(off int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].end > off })
}

func (c *checker) sentOf(off int) int {
	i := c.tokAt(off)
	if i >= len(c.toks) {
		if len(c.toks) == 0 {
			return 0
		}
		return c.toks[len(c.toks)-1].sent
	}
	return c.toks[i].sent
}

func (c *checker) sentRange(s int) (int, int) {
	if s < 0 || s >= len(c.sentStart) {
		return 0, 0
	}
	if s+1 < len(c.sentStart) {
		return c.sentStart[s], c.sentStart[s+1]
	}
	return c.sentStart[s], len(c.toks)
}

func (c *checker) isStaff(k string) bool {
	return c.own.staff[k] || slices.Contains(c.dynStaff, k)
}

// lookup matches a word against a set, also without a plural ending.
func lookup(set map[string]bool, k string) bool {
	if set[k] {
		return true
	}
	if strings.HasSuffix(k, "ies") && set[k[:len(k)-3]+"y"] {
		return true
	}
	return strings.HasSuffix(k, "s") && set[k[:len(k)-1]]
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// dropProtected drops the findings inside protected spans (a URL, a
// hashtag) but e-mails and handles: before the second look, which reads
// only a text that still holds a finding.
func (c *checker) dropProtected() {
	kept := c.cands[:0]
	for _, cd := range c.cands {
		if cd.kind == KindEmail || cd.kind == KindHandle || !c.protected(cd.start, cd.end) {
			kept = append(kept, cd)
		}
	}
	c.cands = kept
}

// resolve settles overlaps in favour of the more sensitive kind, then the
// longer span.
func (c *checker) resolve() []Finding {
	cands := c.cands
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if priority[a.kind] != priority[b.kind] {
			return priority[a.kind] > priority[b.kind]
		}
		if a.end-a.start != b.end-b.start {
			return a.end-a.start > b.end-b.start
		}
		return a.start < b.start
	})
	var kept []cand
	for _, cd := range cands {
		clash := false
		for _, k := range kept {
			if cd.start < k.end && k.start < cd.end {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, cd)
		} else if (cd.kind == KindRelationship || cd.kind == KindCondition) && c.clashesOnlyDates(cd, kept) {
			kept = c.keepUncovered(cd, kept)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	// Two names one space apart are one name, found in two parts ("Will"
	// by the second look, "Okonkwo-Reyes" by the rules): staff see it, and
	// remove it, whole.
	joined := kept[:1]
	for _, k := range kept[1:] {
		last := &joined[len(joined)-1]
		if k.kind == KindName && last.kind == KindName && strings.Trim(c.text[last.end:k.start], " ") == "" && k.start > last.end {
			last.end = k.end
			continue
		}
		// A clock time found in two parts ("9" and "15am" of "9:15am")
		// is one time.
		if k.kind == last.kind && (k.kind == KindDate || k.kind == KindBirthDate) && c.text[last.end:k.start] == ":" &&
			isDigit(c.text[last.end-1]) && isDigit(c.text[k.start]) {
			last.end = k.end
			continue
		}
		joined = append(joined, k)
	}
	out := make([]Finding, len(joined))
	for i, k := range joined {
		out[i] = Finding{Start: k.start, End: k.end, Text: c.text[k.start:k.end], Kind: k.kind, Reason: c.reason(k.kind)}
	}
	return out
}

// clashesOnlyDates reports that the kept findings cd overlaps are all
// dates: visit wording or care words run into a date ("seen last" of
// "seen last week") keep their other words (keepUncovered). Beside other
// kinds the rest is dropped, as before: "Your son" of "Your son's ear
// tubes procedure" is no finding the labelled sets count, and the corpus
// counted two such as false alarms.
func (c *checker) clashesOnlyDates(cd cand, kept []cand) bool {
	for _, k := range kept {
		if cd.start < k.end && k.start < cd.end && k.kind != KindDate && k.kind != KindBirthDate {
			return false
		}
	}
	return true
}

// keepUncovered adds to kept the words of cd that no kept finding holds,
// each run of them that says more than a particle or a verb's helper:
// "seen" of the visit wording "seen last", whose "last week" is the date.
func (c *checker) keepUncovered(cd cand, kept []cand) []cand {
	free := func(i int) bool {
		tk := c.toks[i]
		for _, k := range kept {
			if tk.start < k.end && k.start < tk.end {
				return false
			}
		}
		return true
	}
	a := c.tokAt(cd.start)
	var parts []cand
	for i := a; i < len(c.toks) && c.toks[i].start < cd.end; {
		if !free(i) {
			i++
			continue
		}
		j, content := i, false
		for ; j < len(c.toks) && c.toks[j].start < cd.end && free(j); j++ {
			content = content || !stopTag(c.toks[j].key) && !auxiliary(c.toks[j].key)
		}
		if content {
			parts = append(parts, cand{max(c.toks[i].start, cd.start), min(c.toks[j-1].end, cd.end), cd.kind})
		}
		i = j
	}
	return append(kept, parts...)
}

// lettersOf keeps the letters of s, folded: "maple_grove.clinic" → "maplegroveclinic".
func lettersOf(s string) string {
	return keyOf(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s))
}

// reason is the plain reason for a finding, in the text's language.
func (c *checker) reason(k Kind) string {
	if c.lang == Spanish {
		if r := reasonsES[k]; r != "" {
			return r
		}
	}
	return reasons[k]
}

// reasonsES are the reasons in Spanish, for texts written in Spanish; the
// sentence that ends the ones that cannot be kept is NeverKeptES.
var reasonsES = map[Kind]string{
	KindName:         "Parece el nombre de un paciente junto a datos de salud. Quítelo, o manténgalo con un motivo si es una figura pública o la persona dio su consentimiento por escrito.",
	KindDate:         "Una fecha de visita o de cita unida a una persona puede identificar a un paciente. Quite la fecha, o no mencione a la persona.",
	KindBirthDate:    "Una fecha de nacimiento identifica a un paciente. " + NeverKeptES,
	KindPhone:        "Un teléfono que no es el de la clínica; dé el número de la clínica. " + NeverKeptES,
	KindEmail:        "Un correo que no es del dominio de la clínica; remita a los datos de contacto de la clínica. " + NeverKeptES,
	KindAddress:      "Una dirección que no es la de la clínica. Quítela; nunca publique dónde vive alguien.",
	KindIdentifier:   "Parece un número de expediente, de seguro o de identidad. " + NeverKeptES,
	KindCondition:    "Un diagnóstico, procedimiento o medicamento unido a una persona. Quítelo, o hable de salud en general (\"ofrecemos vacunas contra la gripe\").",
	KindRelationship: "Esto confirma que alguien es o fue paciente. Use palabras neutras, p. ej. \"Gracias por su mensaje. Llámenos y le ayudamos.\"",
	KindHandle:       "El usuario de redes de una persona junto a datos de salud la identifica igual que su nombre. Quítelo, o manténgalo con un motivo si dio su consentimiento por escrito.",
}

// NeverKeptES is NeverKept in Spanish.
const NeverKeptES = "Esto nunca se puede publicar: quítelo."
