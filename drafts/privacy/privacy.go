package privacy

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/carepost/carepost/links"
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
}

// privReasons are written for front-desk staff: what it is and what to do.
var privReasons = map[Kind]string{
	KindName:         "Looks like a patient's name next to care details. Remove it, or override with a reason if it is a public figure or the person gave written consent.",
	KindDate:         "A visit or appointment date tied to a person can identify a patient. Remove the date, or leave the person out.",
	KindBirthDate:    "A date of birth identifies a patient. " + NeverKept,
	KindPhone:        "A phone number that is not the clinic's; give the clinic's own number instead. " + NeverKept,
	KindEmail:        "An email address that is not on the clinic's website domain; point people to the clinic's own contact details instead. " + NeverKept,
	KindAddress:      "A street address that is not the clinic's. Remove it; never post where someone lives.",
	KindIdentifier:   "Looks like a record, insurance or Social Security number. " + NeverKept,
	KindCondition:    "A diagnosis, procedure or medication tied to a person. Remove it, or keep health details general (\"we offer flu shots\").",
	KindRelationship: "This confirms someone is or was a patient. Use neutral wording instead, e.g. \"Thank you for your feedback. Please call us so we can help.\"",
}

// privPriority decides which finding survives when two overlap: the most
// specific and most sensitive kind wins.
var privPriority = map[Kind]int{
	KindIdentifier: 8, KindEmail: 7, KindPhone: 6, KindAddress: 5,
	KindBirthDate: 4, KindDate: 4, KindName: 3, KindCondition: 2, KindRelationship: 1,
}

// Scanners below are hand-written rather than regular expressions: Go's
// regexp took over a millisecond on a 2,000-character post, and these
// shapes are simple enough to read off the bytes and tokens directly.
var (
	privMonths       = privSet(`jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december`)
	privWeekdays     = privSet(`monday tuesday wednesday thursday friday saturday sunday`)
	privDayPrefixes  = privSet(`last next this on from late early`)
	privAddrSuffixes = privSet(`street st avenue ave road rd lane ln drive dr court ct boulevard blvd way place pl terrace ter circle cir parkway pkwy highway hwy trail trl square sq loop row crescent close alley path pike run heights plaza`)
	privUnitWords    = privSet(`apt apartment unit suite ste`)
	privIDLabels     = privSet(`mrn record chart member policy insurance subscriber group medicaid medicare patient account acct claim ssn security case ref reference confirmation invoice rx`)
	privIDFillers    = privSet(`id number no num is was ends ending in of`)
)

// privRelPhrases confirm a visit or a care relationship. They are checked in
// replies, and in posts that name someone.
var privRelPhrases = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range []string{
		"when you came in", "when you were in", "when you were here", "when you visited",
		"you came in", "came in", "coming in", "comes in", "stopping by", "stopped by",
		"seeing you", "see you again", "see you at your", "see you next",
		"you were seen", "you missed", "you arrived", "you checked in",
		"fit you in", "squeeze you in", "get you in", "we saw you", "we treated you",
		"our records show", "our records", "our notes", "your time with us",
		"caring for you", "cared for you", "taking care of you", "took care of you", "take such good care of you",
		"looking after you", "looked after you", "treating you", "treated you", "your follow up",
		"your care team", "part of your care",
	} {
		w := strings.Fields(p)
		m[w[0]] = append(m[w[0]], w)
	}
	for _, l := range m {
		sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) })
	}
	return m
}()

// Check finds possible patient information in a post or reply. The
// findings are sorted by Start, never overlap, and carry byte offsets that
// are valid for text, whatever its script.
func Check(text string, opts Options) []Finding {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	c := &privChecker{text: text, reply: opts.Reply, own: privOwn(opts.Own)}
	c.protect()
	c.tokenize()
	c.scanContacts()
	c.scanConditionWords()
	c.scanStaff()
	c.scanNames()
	c.scanRelationships()
	c.tieConditions()
	c.scanDates()
	return c.resolve()
}

// privOwnInfo is the clinic's own identity, normalised for comparison.
type privOwnInfo struct {
	phone  string          // digits without a leading country code 1
	host   string          // website host without "www."
	street string          // normalised street line of the address
	staff  map[string]bool // name words of staff, titles removed
	words  map[string]bool // words of the clinic's name and town: never a person
}

func privOwn(p Own) privOwnInfo {
	o := privOwnInfo{phone: privDigits(p.Phone), staff: map[string]bool{}, words: map[string]bool{}}
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
	o.street = privNormStreet(street)
	for _, n := range p.StaffNames {
		for _, w := range privWords(n) {
			if !privRoleWords[w] && !privTitles[w] {
				o.staff[w] = true
			}
		}
	}
	for _, w := range privWords(p.Name + " " + town + " " + street) {
		o.words[w] = true
	}
	return o
}

// privWords splits a short string into token keys.
func privWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !privWordRune(r) && r != '\'' && r != '’' && r != '-' }) {
		out = append(out, privKey(f))
	}
	return out
}

func privDigits(s string) string {
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

var privStreetSuffix = map[string]string{
	"street": "st", "avenue": "ave", "road": "rd", "lane": "ln", "drive": "dr", "court": "ct",
	"boulevard": "blvd", "place": "pl", "terrace": "ter", "circle": "cir", "parkway": "pkwy",
	"highway": "hwy", "trail": "trl", "square": "sq", "north": "n", "south": "s", "east": "e", "west": "w",
}

func privNormStreet(s string) string {
	f := strings.Fields(strings.ToLower(strings.NewReplacer(".", " ", ",", " ", "’", "'").Replace(s)))
	for i, w := range f {
		if short, ok := privStreetSuffix[w]; ok {
			f[i] = short
		}
	}
	return strings.Join(f, " ")
}

type privToken struct {
	start, end int
	key        string // lower-case, ASCII-folded, straight apostrophes
	sent       int    // sentence number
	cap        bool   // starts with an upper-case letter
	title      bool   // capitalised like a name ("Zoë", "O’Brien"), not an acronym
	poss       bool   // followed by 's or a bare apostrophe, which end excludes
	dot        bool   // followed directly by '.'
	prot       bool   // inside a URL, hashtag, mention or email
	name       bool   // part of a flagged name
}

type privCand struct {
	start, end int
	kind       Kind
}

type privChecker struct {
	text      string
	reply     bool
	own       privOwnInfo
	prot      [][2]int // byte spans never flagged as anything but email
	toks      []privToken
	cands     []privCand
	conds     [][2]int // token ranges of condition words, before tying them to a person
	sentStart []int    // first token of each sentence
	numDates  [][2]int // numeric dates, judged once sentences are known
	dynStaff  []string // name words introduced with a role in this text
	nameKeys  []string // words of flagged names, for later mentions
	nameSents []bool   // sentences holding a flagged name
	relSents  []bool   // sentences holding relationship wording
	careSents []int8   // per sentence: 1 care words, -1 none, 0 not yet known
	hasName   bool
}

func (c *privChecker) add(start, end int, k Kind) {
	if start < end {
		c.cands = append(c.cands, privCand{start, end, k})
	}
}

func (c *privChecker) protected(start, end int) bool {
	for _, p := range c.prot {
		if start < p[1] && p[0] < end {
			return true
		}
	}
	return false
}

// protect records URLs, hashtags, mentions and emails. Words inside them
// are never names or conditions; emails are judged on their own.
func (c *privChecker) protect() {
	t := c.text
	for off := 0; ; {
		k := strings.IndexByte(t[off:], '@')
		if k < 0 {
			break
		}
		at := off + k
		off = at + 1
		s, e, ok := privEmailAt(t, at)
		if !ok {
			continue
		}
		c.prot = append(c.prot, [2]int{s, e})
		domain := strings.ToLower(t[at+1 : e])
		if c.own.host == "" || (domain != c.own.host && !strings.HasSuffix(domain, "."+c.own.host)) {
			c.add(s, e, KindEmail)
		}
		off = e
	}
	nEmail := len(c.prot)
	inEmail := func(s, e int) bool {
		for _, p := range c.prot[:nEmail] {
			if s < p[1] && p[0] < e {
				return true
			}
		}
		return false
	}
	for _, l := range links.Append(nil, t, &privLinks) {
		if !inEmail(l.Start, l.End) {
			c.prot = append(c.prot, [2]int{l.Start, l.End})
		}
	}
	if c.own.host != "" {
		for off := 0; ; {
			i := strings.Index(t[off:], c.own.host)
			if i < 0 {
				break
			}
			c.prot = append(c.prot, [2]int{off + i, off + i + len(c.own.host)})
			off += i + len(c.own.host)
		}
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '#' && t[i] != '@' || inEmail(i, i+1) {
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); privWordRune(r) || r == '&' || r == '_' {
				continue
			}
		}
		j, letter := i+1, false
		for j < len(t) {
			r, sz := utf8.DecodeRuneInString(t[j:])
			if !privWordRune(r) && r != '_' {
				break
			}
			letter = letter || unicode.IsLetter(r)
			j += sz
		}
		if letter {
			c.prot = append(c.prot, [2]int{i, j})
			i = j - 1
		}
	}
}

// privEmailAt reads the address around the '@' at at.
func privEmailAt(t string, at int) (start, end int, ok bool) {
	start = at
	for start > 0 && (privASCIIAlnum(t[start-1]) || strings.IndexByte("._%+-", t[start-1]) >= 0) {
		start--
	}
	end = at + 1
	for end < len(t) && (privASCIIAlnum(t[end]) || t[end] == '-' || t[end] == '.') {
		end++
	}
	for end > at+1 && (t[end-1] == '.' || t[end-1] == '-') {
		end--
	}
	if start == at {
		return 0, 0, false
	}
	// The last label must be a top-level domain: two letters or more.
	for end > at+1 {
		dot := strings.LastIndexByte(t[at+1:end], '.')
		if dot < 0 {
			return 0, 0, false
		}
		dot += at + 1
		tld := t[dot+1 : end]
		if len(tld) >= 2 && strings.IndexFunc(tld, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 &&
			!strings.Contains(t[at+1:end], "..") && t[at+1] != '.' {
			return start, end, true
		}
		end = dot
	}
	return 0, 0, false
}

func privASCIIAlnum(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b|0x20 && b|0x20 <= 'z'
}

// privLinks: web addresses as every other part of CarePost finds them,
// and also on the names reserved for examples (maplegrove.example), which
// drafts and tests use for the clinic's own site.
var privLinks = links.Options{Reserved: true}

func privWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits the text into words and numbers them by sentence. A
// period after an abbreviation or an initial ("Dr.", "Tyler M.") does not
// end a sentence; a line break always does.
func (c *privChecker) tokenize() {
	t := c.text
	c.toks = make([]privToken, 0, len(t)/5+1)
	sent, pending := 0, false
	for i := 0; i < len(t); {
		r, sz := utf8.DecodeRuneInString(t[i:])
		if !privWordRune(r) {
			switch r {
			case '\n', '\r':
				pending = true
			case '.', '!', '?', '…':
				if c.endsSentence(i, sz, r) {
					pending = true
				}
			}
			i += sz
			continue
		}
		start, j := i, i+sz
		for j < len(t) {
			r2, sz2 := utf8.DecodeRuneInString(t[j:])
			if privWordRune(r2) {
				j += sz2
				continue
			}
			if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '‑' {
				if r3, _ := utf8.DecodeRuneInString(t[j+sz2:]); j+sz2 < len(t) && privWordRune(r3) {
					j += sz2
					continue
				}
			}
			break
		}
		tok := privToken{start: start, end: j}
		w := t[start:j]
		switch {
		case len(w) > 2 && strings.HasSuffix(w, "'s"):
			tok.end -= 2
			tok.poss = true
		case len(w) > 4 && strings.HasSuffix(w, "’s"):
			tok.end -= 4
			tok.poss = true
		case j < len(t) && (t[j] == '\'' || strings.HasPrefix(t[j:], "’")):
			tok.poss = true
		}
		w = t[tok.start:tok.end]
		tok.key = privKey(w)
		first, fsz := utf8.DecodeRuneInString(w)
		tok.cap = unicode.IsUpper(first)
		tok.title = tok.cap && strings.IndexFunc(w[fsz:], unicode.IsLower) >= 0
		tok.dot = !tok.poss && j < len(t) && t[j] == '.'
		tok.prot = c.protected(tok.start, tok.end)
		if pending && len(c.toks) > 0 {
			sent++
		}
		pending = false
		tok.sent = sent
		if sent == len(c.sentStart) {
			c.sentStart = append(c.sentStart, len(c.toks))
		}
		c.toks = append(c.toks, tok)
		i = j
	}
	c.nameSents = make([]bool, len(c.sentStart))
	c.relSents = make([]bool, len(c.sentStart))
}

func (c *privChecker) endsSentence(i, sz int, r rune) bool {
	t := c.text
	j := i + sz
	if j < len(t) && t[j] == ')' {
		return false // "(you know who you are, Mr. Kowalski!)" is an aside
	}
	for j < len(t) && strings.ContainsRune(".!?\"”’')]", rune(t[j])) {
		j++
	}
	if j < len(t) {
		if strings.HasPrefix(t[j:], "”") || strings.HasPrefix(t[j:], "’") || strings.HasPrefix(t[j:], "…") {
			j += 3
		}
	}
	if j < len(t) && t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && t[j] != '\r' {
		if nr, _ := utf8.DecodeRuneInString(t[j:]); privWordRune(nr) {
			return false
		}
	}
	if r == '.' && len(c.toks) > 0 {
		p := c.toks[len(c.toks)-1]
		if p.end == i && (privAbbrevs[p.key] || privTitles[p.key] || (utf8.RuneCountInString(p.key) == 1 && p.cap)) {
			return false
		}
	}
	return true
}

// privKey lower-cases and folds a word for the word lists.
func privKey(w string) string {
	k := strings.ToLower(w)
	if strings.Contains(k, "’") {
		k = strings.ReplaceAll(k, "’", "'")
	}
	return privFold(k)
}

func privFold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
			return 'a'
		case 'ç', 'ć', 'č':
			return 'c'
		case 'ď', 'đ':
			return 'd'
		case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
			return 'e'
		case 'ğ':
			return 'g'
		case 'ì', 'í', 'î', 'ï', 'ī', 'ı', 'į':
			return 'i'
		case 'ł', 'ľ':
			return 'l'
		case 'ñ', 'ń', 'ň':
			return 'n'
		case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
			return 'o'
		case 'ř':
			return 'r'
		case 'ś', 'š', 'ş', 'ß':
			return 's'
		case 'ť', 'ţ':
			return 't'
		case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
			return 'u'
		case 'ý', 'ÿ':
			return 'y'
		case 'ź', 'ż', 'ž':
			return 'z'
		}
		return r
	}, s)
}

// tokAt is the index of the first token starting at or after byte off.
func (c *privChecker) tokAt(off int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].end > off })
}

func (c *privChecker) sentOf(off int) int {
	i := c.tokAt(off)
	if i >= len(c.toks) {
		if len(c.toks) == 0 {
			return 0
		}
		return c.toks[len(c.toks)-1].sent
	}
	return c.toks[i].sent
}

// scanContacts finds phones, SSNs and numeric dates in one pass over the
// bytes, then street addresses and labelled record numbers from tokens.
func (c *privChecker) scanContacts() {
	t := c.text
	if strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) < 0 {
		return
	}
	for i := 0; i < len(t); i++ {
		b := t[i]
		if !privIsDigit(b) && b != '(' && b != '+' {
			continue
		}
		if e, ok := c.phoneAt(i); ok {
			if privDigits(t[i:e]) != c.own.phone && !c.protected(i, e) {
				c.add(i, e, KindPhone)
			}
			i = e - 1
			continue
		}
		if !privIsDigit(b) || c.wordBefore(i) {
			continue
		}
		n := privDigitRun(t, i)
		switch {
		case n == 3 && privAt(t, i+3, '-') && privDigitRun(t, i+4) == 2 && privAt(t, i+6, '-') && privDigitRun(t, i+7) == 4 && !c.wordAfter(i+11):
			c.add(i, i+11, KindIdentifier) // SSN-shaped
			i += 10
			continue
		case n == 3 && (privAt(t, i+3, '-') || privAt(t, i+3, '.')) && privDigitRun(t, i+4) == 4 && !c.wordAfter(i+8):
			d := t[i:i+3] + t[i+4:i+8]
			if !strings.HasSuffix(c.own.phone, d) && !c.protected(i, i+8) && c.phoneCue(i, i+8) {
				c.add(i, i+8, KindPhone)
			}
			i += 7
			continue
		}
		if e, ok := c.barePhone(i, n); ok {
			c.add(i, e, KindPhone)
			i = e - 1
			continue
		}
		if e := c.numericDate(i, n); e > 0 {
			c.numDates = append(c.numDates, [2]int{i, e})
			i = e - 1
			continue
		}
		i += n - 1
	}
	c.scanAddresses()
	c.scanIDs()
}

func privIsDigit(b byte) bool { return '0' <= b && b <= '9' }

func privAt(t string, i int, b byte) bool { return i < len(t) && t[i] == b }

func privDigitRun(t string, i int) int {
	n := 0
	for i+n < len(t) && privIsDigit(t[i+n]) {
		n++
	}
	return n
}

func (c *privChecker) wordBefore(i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(c.text[:i])
	return privWordRune(r) || r == '_'
}

func (c *privChecker) wordAfter(i int) bool {
	if i >= len(c.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c.text[i:])
	return privWordRune(r) || r == '_'
}

func privPhoneSep(b byte) bool { return b == ' ' || b == '.' || b == '-' }

// phoneAt reads a North American number at i: +1 (555) 010-0199,
// 1-555-010-0199, 555.010.0199. Separators are required so long record
// numbers are not mistaken for phones.
func (c *privChecker) phoneAt(i int) (int, bool) {
	t := c.text
	switch {
	case t[i] == '+':
		if !privAt(t, i+1, '1') {
			return 0, false
		}
		j := i + 2
		if j < len(t) && privPhoneSep(t[j]) {
			j++
		}
		return c.phoneBody(j)
	case t[i] == '(':
		return c.phoneBody(i)
	case c.wordBefore(i):
		return 0, false
	case t[i] == '1' && i+2 < len(t) && privPhoneSep(t[i+1]):
		if e, ok := c.phoneBody(i + 2); ok {
			return e, true
		}
	}
	return c.phoneBody(i)
}

func (c *privChecker) phoneBody(j int) (int, bool) {
	t := c.text
	if privAt(t, j, '(') {
		if privDigitRun(t, j+1) != 3 || !privAt(t, j+4, ')') {
			return 0, false
		}
		j += 5
		if privAt(t, j, ' ') {
			j++
		}
	} else {
		if privDigitRun(t, j) != 3 || j+3 >= len(t) || !privPhoneSep(t[j+3]) {
			return 0, false
		}
		j += 4
	}
	if privDigitRun(t, j) != 3 || j+3 >= len(t) || !privPhoneSep(t[j+3]) {
		return 0, false
	}
	j += 4
	if privDigitRun(t, j) != 4 || c.wordAfter(j+4) {
		return 0, false
	}
	return j + 4, true
}

// numericDate reads 3/14, 3/14/2025, 2025-03-14 or 03-14-2025 at i, where a
// run of n digits starts; it returns the end, or 0.
func (c *privChecker) numericDate(i, n int) int {
	t := c.text
	if i > 0 && strings.IndexByte("/-.", t[i-1]) >= 0 {
		return 0 // the tail of a longer number
	}
	if n == 4 && privAt(t, i+4, '-') && privDigitRun(t, i+5) == 2 && privAt(t, i+7, '-') && privDigitRun(t, i+8) == 2 && !c.wordAfter(i+10) {
		if privValidMD(privAtoi(t[i+5:i+7]), privAtoi(t[i+8:i+10])) {
			return i + 10
		}
		return 0
	}
	if n > 2 || (!privAt(t, i+n, '/') && !privAt(t, i+n, '-')) {
		return 0
	}
	sep := t[i+n]
	d := privDigitRun(t, i+n+1)
	if d < 1 || d > 2 {
		return 0
	}
	end := i + n + 1 + d
	if privAt(t, end, sep) {
		if y := privDigitRun(t, end+1); y == 2 || y == 4 {
			end += 1 + y
		} else if sep == '/' {
			return 0
		}
	} else if sep == '-' {
		return 0 // "2-3 weeks" is a range; dashed dates need a year
	}
	if c.wordAfter(end) || (privAt(t, end, '/') && privIsDigit(t[min(end+1, len(t)-1)])) {
		return 0
	}
	if !privValidMD(privAtoi(t[i:i+n]), privAtoi(t[i+n+1:i+n+1+d])) {
		return 0
	}
	return end
}

func privValidMD(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

// gapOK reports whether only spaces or tabs separate tokens k and k+1, after
// an optional period (abbreviation) and, if comma is set, an optional comma.
func (c *privChecker) gapOK(k int, comma bool) bool {
	gap := c.text[c.toks[k].end:c.toks[k+1].start]
	if c.toks[k].poss {
		return false
	}
	gap = strings.TrimPrefix(gap, ".")
	if comma {
		gap = strings.TrimPrefix(gap, ",")
	}
	return gap != "" && strings.Trim(gap, " \t") == ""
}

func privAllDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// scanAddresses finds "42 Willow Street", "12 Pine Ridge Road, Apt 3":
// a number, up to four capitalised words and a street suffix.
func (c *privChecker) scanAddresses() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot || len(tk.key) > 6 || !privAllDigits(tk.key) || c.wordBefore(tk.start) {
			continue
		}
		words := 0
		for k := i + 1; k < n && k <= i+4 && c.toks[k].cap && !c.toks[k].prot && c.gapOK(k-1, false) && (k == i+1 || !c.toks[k-1].dot || len(c.toks[k-1].key) <= 4); k++ {
			words++
		}
		suffix := -1
		for w := words; w >= 2 && suffix < 0; w-- {
			if privAddrSuffixes[c.toks[i+w].key] {
				suffix = i + w
			}
		}
		if suffix < 0 || c.toks[i+1].start-tk.end == 0 || strings.Contains(c.text[tk.end:c.toks[i+1].start], ".") {
			continue
		}
		end := c.toks[suffix].end
		if c.toks[suffix].dot {
			if _, full := privStreetSuffix[c.toks[suffix].key]; !full {
				end++ // the period of "St." but not one ending a sentence
			}
		}
		if u := suffix + 1; u+1 < n && c.toks[u].sent == tk.sent {
			gap := strings.Trim(c.text[c.toks[suffix].end:c.toks[u].start], " \t.,")
			if gap == "" && privUnitWords[c.toks[u].key] && c.gapOK(u, false) {
				end = c.toks[u+1].end
			} else if gap == "#" {
				end = c.toks[u].end
			}
		}
		a := privNormStreet(c.text[tk.start:end])
		if c.own.street == "" || (a != c.own.street && !strings.HasPrefix(a, c.own.street+" ")) {
			c.add(tk.start, end, KindAddress)
		}
		i = suffix
	}
}

// scanIDs finds labelled numbers: "MRN: A1234567", "member ID ends in
// 4471", "policy number BC-22918-44".
func (c *privChecker) scanIDs() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot || !privIDLabels[tk.key] || (tk.key == "security" && (i == 0 || c.toks[i-1].key != "social")) {
			continue
		}
		start := tk.start
		if tk.key == "security" || (tk.key == "record" && i > 0 && c.toks[i-1].key == "medical") {
			start = c.toks[i-1].start
		}
		ends := false
		for k := i + 1; k < n && k <= i+4 && c.toks[k].sent == tk.sent; k++ {
			if strings.Trim(c.text[c.toks[k-1].end:c.toks[k].start], " \t:#.") != "" || c.toks[k-1].poss {
				break
			}
			v := c.toks[k].key
			if privIDFillers[v] && !privIsDigit(v[0]) {
				ends = ends || v == "ends" || v == "ending"
				continue
			}
			if privIDValue(v) && !(len(v) == 4 && privAllDigits(v) && (v[:2] == "19" || v[:2] == "20") && !ends) {
				c.add(start, c.toks[k].end, KindIdentifier)
				i = k
			}
			break
		}
	}
}

// privIDValue: up to four letters, an optional hyphen, then digits,
// letters and hyphens, with at least three digits in all.
func privIDValue(v string) bool {
	if len(v) < 4 {
		return false
	}
	i := 0
	for i < len(v) && i < 5 && 'a' <= v[i] && v[i] <= 'z' {
		i++
	}
	if i == 5 {
		return false
	}
	if i < len(v) && v[i] == '-' {
		i++
	}
	if i >= len(v) || !privIsDigit(v[i]) {
		return false
	}
	digits := 0
	for ; i < len(v); i++ {
		switch b := v[i]; {
		case privIsDigit(b):
			digits++
		case 'a' <= b && b <= 'z' || b == '-':
		default:
			return false
		}
	}
	return digits >= 3
}

// barePhone reads a phone number written without separators ("cell
// 5550147", "reach her at 5550102234", "mobile 555 0163"). Bare digits are
// also record numbers and amounts, so a phone word must come just before.
func (c *privChecker) barePhone(i, n int) (int, bool) {
	t := c.text
	end := -1
	switch {
	case n == 7 || n == 10 || (n == 11 && t[i] == '1'):
		end = i + n
	case n == 3 && privAt(t, i+3, ' ') && privDigitRun(t, i+4) == 4:
		end = i + 8
	default:
		return 0, false
	}
	if c.wordAfter(end) || (end < len(t) && strings.IndexByte("-./,", t[end]) >= 0 && end+1 < len(t) && privIsDigit(t[end+1])) {
		return 0, false
	}
	if i > 0 && strings.IndexByte("-./$#", t[i-1]) >= 0 {
		return 0, false
	}
	d := privDigits(t[i:end])
	if d == c.own.phone || (len(d) == 7 && strings.HasSuffix(c.own.phone, d)) || c.protected(i, end) {
		return 0, false
	}
	k := c.tokAt(i)
	for j := k - 1; j >= 0 && j >= k-4 && c.toks[j].sent == c.toks[min(k, len(c.toks)-1)].sent; j-- {
		if privBarePhoneCues[c.toks[j].key] {
			return end, true
		}
	}
	return 0, false
}

// phoneCue reports whether a seven-digit number reads as a phone: a word
// like "call" or "cell" just before it, or the number alone on its line.
func (c *privChecker) phoneCue(start, end int) bool {
	i := c.tokAt(start)
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if privPhoneCues[c.toks[j].key] {
			return true
		}
	}
	ls := strings.LastIndexByte(c.text[:start], '\n') + 1
	le := strings.IndexByte(c.text[end:], '\n')
	if le < 0 {
		le = len(c.text)
	} else {
		le += end
	}
	if strings.TrimSpace(c.text[ls:start]) == "" && strings.TrimSpace(c.text[end:le]) == "" {
		return true
	}
	// A contact list line: "Tiana Brooks – tiana.b@example.org – 555-0147".
	for _, cd := range c.cands {
		if cd.kind == KindEmail && cd.start >= ls && cd.end <= le {
			return true
		}
	}
	return false
}

// privLookup matches a word against a set, also without a plural ending.
func privLookup(set map[string]bool, k string) bool {
	if set[k] {
		return true
	}
	if strings.HasSuffix(k, "ies") && set[k[:len(k)-3]+"y"] {
		return true
	}
	return strings.HasSuffix(k, "s") && set[k[:len(k)-1]]
}

func privTimeWord(k string) bool {
	if k == "" || k[0] < '0' || k[0] > '9' {
		return false
	}
	return strings.HasSuffix(k, "am") || strings.HasSuffix(k, "pm") ||
		strings.Contains(k, "-month") || strings.Contains(k, "-week") || strings.Contains(k, "-year") || strings.Contains(k, "-day")
}

func privCondTerm(k string) bool {
	if privLookup(privConditionTerms, k) {
		return true
	}
	if i := strings.IndexByte(k, '-'); i > 0 && privConditionTerms[k[:i]] {
		return true // "cancer-free", "allergy-free"
	}
	if len(k) >= 7 && !privSuffixExceptions[k] {
		for _, s := range privMedSuffixes {
			if strings.HasSuffix(k, s) {
				return true
			}
		}
	}
	return false
}

// scanConditionWords finds runs like "knee surgery", "blood pressure meds"
// or "lisinopril". Whether they are about a person is decided later.
func (c *privChecker) scanConditionWords() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		if c.toks[i].prot {
			continue
		}
		j, last, medical := i, -1, false
		for ; j < n; j++ {
			tk := c.toks[j]
			if tk.prot || tk.sent != c.toks[i].sent {
				break
			}
			if j > i && strings.TrimSpace(c.text[c.toks[j-1].end:tk.start]) != "" {
				break
			}
			if j > i && c.toks[j-1].poss {
				break
			}
			k := tk.key
			if e := c.condPhrase(j); e > j {
				medical, last, j = true, e, e
				continue
			}
			term, head, mod := privCondTerm(k), privLookup(privMedHeads, k), privMedModifiers[k] || privTimeWord(k)
			if !term && !head && !mod {
				break
			}
			if term || mod {
				medical = true
			}
			if term || (head && (medical || privStandaloneHeads[k])) {
				last = j
			}
		}
		if last >= 0 {
			c.conds = append(c.conds, [2]int{i, last})
			i = last
		} else if j > i {
			i = j - 1
		}
	}
}

// condPhrase returns the last token of a multi-word condition phrase
// starting at token i ("high blood pressure", "root canal"), or -1.
func (c *privChecker) condPhrase(i int) int {
	for _, p := range privCondPhrases[c.toks[i].key] {
		if i+len(p) > len(c.toks) {
			continue
		}
		ok := true
		for m := 1; m < len(p); m++ {
			tk := c.toks[i+m]
			if tk.prot || tk.sent != c.toks[i].sent || c.toks[i+m-1].poss ||
				strings.TrimSpace(c.text[c.toks[i+m-1].end:tk.start]) != "" || (tk.key != p[m] && !(m == len(p)-1 && tk.key == p[m]+"s")) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(p) - 1
		}
	}
	return -1
}

// adjacent reports whether tokens k and k+1 belong to one run of
// capitalised words: only spaces between them, or the period of an
// abbreviation or initial.
func (c *privChecker) adjacent(k int) bool {
	a, b := c.toks[k], c.toks[k+1]
	if a.sent != b.sent || a.poss {
		return false
	}
	gap := c.text[a.end:b.start]
	if a.dot {
		if !(privAbbrevs[a.key] || privTitles[a.key] || (utf8.RuneCountInString(a.key) == 1 && a.cap)) {
			return false
		}
		gap = gap[1:]
	}
	return gap != "" && strings.Trim(gap, " \t") == ""
}

func (c *privChecker) runWord(k int) bool {
	tk := c.toks[k]
	if tk.prot {
		return false
	}
	return tk.title || (tk.cap && tk.dot && utf8.RuneCountInString(tk.key) == 1 && tk.key != "i")
}

// runEnd returns the last token of the run of capitalised words at k.
func (c *privChecker) runEnd(k int) int {
	for k+1 < len(c.toks) && c.runWord(k+1) && c.adjacent(k) {
		k++
	}
	return k
}

// scanStaff collects names introduced with a role ("Dr. Marcus Bell", "our
// lab tech Carlos", "Jordan Blake, our new practice manager") so later
// mentions of them are not taken for patients.
func (c *privChecker) scanStaff() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		if !c.runWord(i) {
			continue
		}
		end := c.runEnd(i)
		role := i > 0 && privRoleWords[c.toks[i-1].key] && c.toks[i-1].sent == c.toks[i].sent && !c.toks[i-1].poss &&
			strings.Trim(c.text[c.toks[i-1].end:c.toks[i].start], " .\t") == ""
		start := i
		for k := i; k <= end; k++ {
			if privRoleWords[c.toks[k].key] {
				role, start = true, k+1
			}
		}
		if !role && end+2 < n && strings.TrimSpace(c.text[c.toks[end].end:c.toks[end+1].start]) == "," && c.toks[end+1].key == "our" {
			for k := end + 2; k < n && k <= end+5 && c.toks[k].sent == c.toks[end].sent; k++ {
				if privRoleWords[c.toks[k].key] {
					role = true
					break
				}
			}
		}
		if role && c.honorificCare(i, end) {
			role = false // "Pastor Elijah Grant, who is recovering from pneumonia"
		}
		if role {
			for k := start; k <= end; k++ {
				if !privRoleWords[c.toks[k].key] && !privTitles[c.toks[k].key] {
					c.dynStaff = append(c.dynStaff, c.toks[k].key)
				}
			}
		}
		i = end
	}
}

// honorificCare reports a run of capitalised words led (or preceded) by a
// community title such as "Pastor" or "Coach" in a sentence about care: the
// title does not make the person clinic staff.
func (c *privChecker) honorificCare(i, end int) bool {
	hon := i > 0 && privHonorifics[c.toks[i-1].key] && c.toks[i-1].sent == c.toks[i].sent
	for k := i; k <= end; k++ {
		if privHonorifics[c.toks[k].key] {
			hon = true
		} else if privRoleWords[c.toks[k].key] {
			return false // "Dr.", "Nurse": clinical staff
		}
	}
	return hon && c.careSent(c.toks[i].sent)
}

// careSent reports care words or condition words in sentence s.
func (c *privChecker) careSent(s int) bool {
	if c.careSents == nil {
		c.careSents = make([]int8, len(c.sentStart))
	}
	if s < 0 || s >= len(c.careSents) {
		return false
	}
	if v := c.careSents[s]; v != 0 {
		return v > 0
	}
	found := false
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		if !tk.prot && (privLookup(privCareWords, tk.key) || privNameCareCues[tk.key]) {
			found = true
			break
		}
	}
	for _, r := range c.conds {
		if !found && c.toks[r[0]].sent == s {
			found = true
		}
	}
	c.careSents[s] = -1
	if found {
		c.careSents[s] = 1
	}
	return found
}

// nameLike reports a capitalised word that may be part of a name not on the
// name list: not a common, place, organisation, calendar or medical word.
func (c *privChecker) nameLike(k int) bool {
	tk := c.toks[k]
	if !tk.title || tk.prot || tk.name || utf8.RuneCountInString(tk.key) < 2 {
		return false
	}
	for _, part := range strings.Split(tk.key, "-") {
		if !c.nameWord(part) {
			return false
		}
	}
	return true
}

func (c *privChecker) nameWord(w string) bool {
	if w == "" || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return false
	}
	if privGivenNames[w] {
		return !c.notName(w)
	}
	return !(c.notName(w) || privCommonCaps[w] || privPlaceWords[w] || privTitles[w] || privHonorifics[w] ||
		privGreetings[w] || privFamilyWords[w] || privMonths[w] || privWeekdays[w] || privCondTerm(w) ||
		privLookup(privMedHeads, w) || privMedModifiers[w] || privLookup(privCareWords, w) ||
		privRelNouns[w] || privPatientCompounds[w] || privCareSettings[w] || privLookup(privCommonCaps, w))
}

// contactBeside reports a phone, email, address or record number set
// next to tokens a..b with only list punctuation between, as on a sign-in
// sheet: "1) Tiana Brooks – tiana.b@example.org – 555-0147".
func (c *privChecker) contactBeside(a, b int) bool {
	start, end := c.toks[a].start, c.toks[b].end
	for _, cd := range c.cands {
		var gap string
		switch {
		case cd.kind == KindCondition || cd.kind == KindRelationship || cd.kind == KindName:
			continue
		case cd.start >= end:
			gap = c.text[end:cd.start]
		case cd.end <= start:
			gap = c.text[cd.end:start]
		default:
			continue
		}
		if gap != "" && strings.Trim(gap, " \t–—-|,:;/()[]•·") == "" {
			return true
		}
	}
	return false
}

// listLine reports a name that starts its line in a list: nothing before
// it but a label ending in ':' and list markers ("Sign-in: 1) ", "• ").
func (c *privChecker) listLine(s int) bool {
	start := c.toks[s].start
	before := c.text[strings.LastIndexByte(c.text[:start], '\n')+1 : start]
	if i := strings.LastIndexByte(before, ':'); i >= 0 {
		before = before[i+1:]
	}
	return strings.Trim(before, " \t0123456789.)(-–•*#") == ""
}

// scanLooseNames flags two or three capitalised words that are not on the
// name list ("Łukasz Nowak", "Leilani Kahale") when the sentence is about
// care or they sit beside contact details in a list, and community titles
// ("Pastor Elijah Grant", "Coach Andre Dumas") in a sentence about care.
func (c *privChecker) scanLooseNames() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		if !c.runWord(i) || c.toks[i].name {
			continue
		}
		a, b := i, c.runEnd(i)
		i = b
		s, hon := a, a > 0 && privHonorifics[c.toks[a-1].key] && c.adjacent(a-1)
		for s <= b && (privHonorifics[c.toks[s].key] || privGreetings[c.toks[s].key]) {
			hon = hon || privHonorifics[c.toks[s].key]
			s++
		}
		if s <= b && s == c.sentStart[c.toks[s].sent] && privLeadWords[c.toks[s].key] {
			s++ // capitalised only because it starts the sentence
		}
		words := b - s + 1
		if words < 1 || words > 3 || (words == 1 && !hon) {
			continue
		}
		ok, staff := true, true
		for k := s; k <= b; k++ {
			if !c.nameLike(k) {
				ok = false
			}
			if !c.isStaff(c.toks[k].key) {
				staff = false
			}
		}
		if !ok || staff {
			continue
		}
		if b+1 < n && privOrgWords[c.toks[b+1].key] && c.toks[b+1].cap {
			continue
		}
		if c.careSent(c.toks[s].sent) || (c.listLine(s) && c.contactBeside(s, b)) {
			c.flagName(s, b)
		}
	}
}

func (c *privChecker) notName(k string) bool {
	return privNotNames[k] || c.own.words[k] || privOrgWords[k] || privRoleWords[k]
}

// scanNames flags personal names. In replies any name is flagged: a clinic
// naming the person it answers confirms they are a patient. In posts a name
// is flagged when something ties it to care.
func (c *privChecker) scanNames() {
	n := len(c.toks)
	for i := 0; i < n; i++ {
		if !c.runWord(i) {
			continue
		}
		a, b := i, c.runEnd(i)
		i = b
		// Find where the name starts, noting the words that frame it.
		s, titled, frameWord := -1, false, ""
		for k := a; k <= b; k++ {
			key := c.toks[k].key
			if privTitles[key] {
				titled, frameWord = true, key
				continue
			}
			if privRoleWords[key] {
				s = -2 // the rest of the run is a professional, found by scanStaff
				break
			}
			if privFamilyWords[key] || privGreetings[key] {
				frameWord = key
				continue
			}
			if privGivenNames[key] && !c.notName(key) {
				s = k
				break
			}
			if (titled && !privNotNames[key]) || (frameWord != "" && !c.notName(key)) {
				s = k
				break
			}
		}
		if s == -2 {
			continue
		}
		org := false
		for k := a + 1; k <= b; k++ {
			if privOrgWords[c.toks[k].key] || c.own.words[c.toks[k].key] {
				org = true
			}
		}
		if b+1 < n && c.toks[b+1].title && privOrgWords[c.toks[b+1].key] && c.toks[b+1].sent == c.toks[b].sent {
			org = true // "Valentine’s Day", "Greenleaf Pharmacy"
		}
		if org && !titled {
			continue
		}
		if s < 0 {
			// No name on the list; a capitalised word can still be one when
			// a frame points at it ("patient Aiyana", "Mrs. Nguyen").
			for k := a; k <= b; k++ {
				key := c.toks[k].key
				if !privTitles[key] && !privFamilyWords[key] && !privGreetings[key] {
					s = k
					break
				}
			}
			if s < 0 || !c.toks[s].title || privNotNames[c.toks[s].key] || (!titled && c.notName(c.toks[s].key)) {
				continue
			}
		}
		end := min(b, s+2)
		if c.toks[end].key == "i" {
			end--
		}
		if end < s {
			continue
		}
		allStaff := true
		for k := s; k <= end; k++ {
			if !c.isStaff(c.toks[k].key) {
				allStaff = false
			}
		}
		if allStaff {
			continue
		}
		key := c.toks[s].key
		known := privGivenNames[key] && !c.notName(key)
		amb := privAmbiguousNames[key]
		multi := end > s
		prev, prevKey := -1, ""
		if s > 0 && c.toks[s-1].sent == c.toks[s].sent {
			prev, prevKey = s-1, c.toks[s-1].key
		}
		if frameWord == "" && prev >= 0 && (privFamilyWords[prevKey] || privGreetings[prevKey]) && strings.Trim(c.text[c.toks[prev].end:c.toks[s].start], " ,\t") == "" {
			frameWord = prevKey
		}
		if prev >= 0 && prevKey == "you" && prev > 0 && c.toks[prev-1].key == "thank" {
			frameWord = "thank"
		}
		strong := titled || privFamilyWords[frameWord] ||
			(prevKey == "patient" && strings.Trim(c.text[c.toks[prev].end:c.toks[s].start], " ,\t") == "") ||
			(prevKey == "the" && end+1 < n && c.toks[end+1].key == "family") ||
			(c.toks[end].poss && c.condWithin(end+1, 4))
		soft := privGreetings[frameWord] || c.vocative(s, end)
		isName := false
		switch {
		case known && !amb:
			isName = true
		case known:
			isName = multi || strong || soft
		default:
			isName = strong || soft
		}
		if !isName {
			continue
		}
		if !c.reply && !strong && !c.careContext(c.toks[s].sent) {
			continue
		}
		start := s
		if titled {
			for k := s - 1; k >= a; k-- {
				if privTitles[c.toks[k].key] {
					start = k
					break
				}
			}
			// "Mr. and Mrs. Okonkwo"
			if start >= 2 && c.toks[start-1].key == "and" && privTitles[c.toks[start-2].key] {
				start -= 2
			}
		}
		c.flagName(start, end)
	}
	c.scanLooseNames()
	// Later mentions of a flagged name ("Rosa is back…", "Team Tanaka").
	if len(c.nameKeys) == 0 {
		return
	}
	for k := range c.toks {
		tk := c.toks[k]
		if tk.name || tk.prot || !tk.title || !slices.Contains(c.nameKeys, tk.key) || c.isStaff(tk.key) {
			continue
		}
		if k+1 < n && c.toks[k+1].title && privOrgWords[c.toks[k+1].key] && c.adjacent(k) {
			continue
		}
		c.flagName(k, k)
	}
}

func (c *privChecker) flagName(a, b int) {
	for k := a; k <= b; k++ {
		c.toks[k].name = true
		if !privTitles[c.toks[k].key] && c.toks[k].key != "and" && utf8.RuneCountInString(c.toks[k].key) > 1 {
			if !slices.Contains(c.nameKeys, c.toks[k].key) {
				c.nameKeys = append(c.nameKeys, c.toks[k].key)
			}
		}
		c.nameSents[c.toks[k].sent] = true
	}
	c.hasName = true
	c.add(c.toks[a].start, c.toks[b].end, KindName)
}

// vocative reports a name addressed directly: ", Maria!" or ", Ruth."
func (c *privChecker) vocative(s, end int) bool {
	if s == 0 || !strings.Contains(c.text[c.toks[s-1].end:c.toks[s].start], ",") {
		return false
	}
	rest := strings.TrimLeft(c.text[c.toks[end].end:], " \t")
	if rest == "" || rest[0] == '\n' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("!?.—–", r)
}

func (c *privChecker) condWithin(from, n int) bool {
	for _, r := range c.conds {
		if r[0] >= from && r[0] < from+n {
			return true
		}
	}
	return false
}

// careContext reports care words, condition words or contact details in a
// sentence or the ones either side of it.
func (c *privChecker) careContext(s int) bool {
	a, _ := c.sentRange(max(s-1, 0))
	_, b := c.sentRange(min(s+1, len(c.sentStart)-1))
	for _, tk := range c.toks[a:b] {
		if privLookup(privCareWords, tk.key) {
			return true
		}
	}
	for _, r := range c.conds {
		// General advice next door ("If you have high blood pressure…")
		// is not about the person named here.
		if d := c.toks[r[0]].sent - s; d == 0 || ((d == -1 || d == 1) && !c.generic(s+d)) {
			return true
		}
	}
	for _, cd := range c.cands {
		// Record numbers are care context; a phone or email alone is not.
		if cd.kind == KindIdentifier {
			if d := c.sentOf(cd.start) - s; d >= -1 && d <= 1 {
				return true
			}
		}
	}
	return false
}

func (c *privChecker) addRel(a, b int) {
	c.relSents[c.toks[a].sent] = true
	c.add(c.toks[a].start, c.toks[b].end, KindRelationship)
}

// scanRelationships flags wording that confirms someone is a patient.
func (c *privChecker) scanRelationships() {
	n := len(c.toks)
	same := func(a, b int) bool { return b < n && a >= 0 && c.toks[a].sent == c.toks[b].sent && !c.toks[b].prot }
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot {
			continue
		}
		switch k := tk.key; {
		case k == "patient" || k == "patients":
			if c.patientPhrase(i) {
				continue
			}
		case c.reply || c.hasName:
			if k == "your" || ((k == "his" || k == "her" || k == "their") && c.hasName) {
				last := -1
				for j := i + 1; j <= i+4 && same(i, j); j++ {
					jk := c.toks[j].key
					if privRelNouns[jk] || (last >= 0 && (jk == "work" || jk == "request" || jk == "results")) {
						last = j
					} else if !c.relFiller(j) {
						break
					}
				}
				if last >= 0 {
					c.addRel(i, last)
					i = last
					continue
				}
			}
			for _, p := range privRelPhrases[k] {
				ok := true
				for m := 1; m < len(p); m++ {
					if !same(i, i+m) || c.toks[i+m].key != p[m] {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				end := i + len(p) - 1
				if p[len(p)-1] == "your" {
					// "see you at your next checkup" is one confirmation.
					for j := end + 1; j <= end+4 && same(i, j); j++ {
						if privRelNouns[c.toks[j].key] {
							end = j
						} else if !c.relFiller(j) {
							break
						}
					}
				}
				if k == "you" && p[1] == "missed" {
					for j := end + 1; j <= end+3 && same(i, j); j++ {
						if strings.HasPrefix(c.toks[j].key, "appointment") || c.toks[j].key == "appt" {
							end = j
						}
					}
				}
				c.addRel(i, end)
				i = end
				break
			}
		}
	}
}

// relFiller reports a word that may sit between "your" and a visit word:
// "your next", "your son’s", "your first prenatal", "your new-patient",
// "your 10am".
func (c *privChecker) relFiller(j int) bool {
	tk := c.toks[j]
	k := tk.key
	if privRelMods[k] || privTimeWord(k) || privMedModifiers[k] || privCareSettings[k] {
		return true
	}
	if privFamilyWords[k] && tk.poss {
		return true
	}
	if h := strings.IndexByte(k, '-'); h > 0 && !tk.cap {
		return privRelMods[k[:h]] || k[h+1:] == "patient" || privTimeWord(k)
	}
	return false
}

// patientPhrase handles "our patient", "a longtime patient", "patient of
// the month", "one of our patients", "being a patient", "patient Zoë".
func (c *privChecker) patientPhrase(i int) bool {
	n := len(c.toks)
	tk := c.toks[i]
	plural := tk.key == "patients"
	next := ""
	if i+1 < n && c.toks[i+1].sent == tk.sent {
		next = c.toks[i+1].key
	}
	if !plural {
		if next == "of" && i+3 < n && c.toks[i+2].key == "the" {
			switch c.toks[i+3].key {
			case "month", "week", "year", "day":
				c.addRel(i, i+3)
				return true
			}
		}
		if next == "spotlight" || next == "story" {
			c.addRel(i, i+1)
			return true
		}
		if privPatientCompounds[next] {
			return false
		}
	}
	j, adjs := i-1, 0
	for j >= 0 && c.toks[j].sent == tk.sent && privPatientAdjs[c.toks[j].key] && adjs < 2 {
		j--
		adjs++
	}
	if j >= 0 && c.toks[j].sent == tk.sent {
		pk := c.toks[j].key
		switch {
		case !plural && (pk == "our" || pk == "my"):
			c.addRel(j, i)
			return true
		case !plural && pk == "a" && j > 0 && (c.toks[j-1].key == "being" || c.toks[j-1].key == "as"):
			c.addRel(j-1, i)
			return true
		case !plural && (pk == "a" || pk == "one") && adjs > 0:
			c.addRel(j, i)
			return true
		}
	}
	if plural {
		// "one of our (very first) patients"
		for j := i - 1; j >= 2 && j >= i-4 && c.toks[j].sent == tk.sent; j-- {
			if c.toks[j].key == "our" && c.toks[j-1].key == "of" && c.toks[j-2].key == "one" {
				c.addRel(j-2, i)
				return true
			}
		}
	}
	if !plural && i+1 < n && c.toks[i+1].name {
		c.addRel(i, i)
		return true
	}
	return false
}

// generic reports general-advice wording in sentence s ("if", "anyone").
func (c *privChecker) generic(s int) bool {
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		if privGenericWords[tk.key] {
			return true
		}
	}
	return false
}

// anchored reports whether sentence s is about a particular person: a
// flagged name, a confirmed patient, "you" in a reply that is not general
// advice, or he/she once someone has been named.
func (c *privChecker) anchored(s int) bool {
	if c.nameSents[s] || c.relSents[s] {
		return true
	}
	you, third, generic, advice := false, false, false, false
	a, b := c.sentRange(s)
	for i := a; i < b; i++ {
		tk := c.toks[i]
		switch {
		case privYouWords[tk.key]:
			// "Thank you" is politeness, not talk about the reader.
			you = you || i == 0 || c.toks[i-1].key != "thank"
		case privThirdPerson[tk.key]:
			third = true
		case privGenericWords[tk.key]:
			generic = true
			advice = advice || (tk.key != "everyone" && tk.key != "everybody")
		}
	}
	// In a post that names someone, "you" is about them unless the
	// sentence is general advice ("If you have chest pain…").
	if you && ((c.reply && !generic) || (c.hasName && !advice)) {
		return true
	}
	if third && (c.hasName || c.reply) {
		return true
	}
	// A sentence right after one that names someone usually goes on
	// about them ("…Mr. Kowalski! Hope the new meds are working.").
	return !generic && s > 0 && c.nameSents[s-1]
}

// tieConditions keeps the condition words that are about a person: owned by
// someone ("your knee surgery", "her son’s asthma attack", "Jake’s"), or in
// a sentence anchored to a person.
func (c *privChecker) tieConditions() {
	for _, r := range c.conds {
		a, b := r[0], r[1]
		s := c.toks[a].sent
		tied, family := false, false
	back:
		for j := a - 1; j >= 0 && j >= a-4 && c.toks[j].sent == s; j-- {
			tk := c.toks[j]
			switch k := tk.key; {
			case k == "your" || k == "their":
				tied = c.reply || c.hasName
				break back
			case k == "his" || k == "her" || k == "my":
				tied = true
				break back
			case tk.poss && tk.name:
				tied = true
				break back
			case privFamilyWords[k]:
				family = family || tk.poss
			case privRelMods[k] || privMedModifiers[k] || privTimeWord(k):
			default:
				break back
			}
		}
		if !tied && family && c.reply {
			tied = true
		}
		if !tied {
			tied = c.anchored(s)
		}
		if tied {
			c.add(c.toks[a].start, c.toks[b].end, KindCondition)
		}
	}
}

// scanDates keeps dates of birth, and dates in a sentence that is both
// about a person and about a visit or care.
func (c *privChecker) scanDates() {
	spans := c.numDates
	seen := func(s, e int) bool {
		for _, p := range spans {
			if s < p[1] && p[0] < e {
				return true
			}
		}
		return false
	}
	n := len(c.toks)
	for i := 0; i < n; i++ {
		tk := c.toks[i]
		if tk.prot {
			continue
		}
		switch {
		case tk.cap && privMonths[tk.key] && i+1 < n && privDayNumber(c.toks[i+1].key) && c.gapOK(i, false):
			// "March 3", "Monday, June 9", "March 3, 1941"
			start, end := tk.start, c.toks[i+1].end
			if i > 0 && c.toks[i-1].cap && privWeekdays[c.toks[i-1].key] && c.gapOK(i-1, true) {
				start = c.toks[i-1].start
			}
			if i+2 < n && len(c.toks[i+2].key) == 4 && privAllDigits(c.toks[i+2].key) && c.gapOK(i+1, true) {
				end = c.toks[i+2].end
			}
			if !seen(start, end) {
				spans = append(spans, [2]int{start, end})
			}
		case privDayNumber(tk.key) && i+1 < n && c.gapOK(i, false):
			// "12 May", "3rd of March"
			m := i + 1
			if c.toks[m].key == "of" && m+1 < n && c.gapOK(m, false) {
				m++
			}
			if !c.toks[m].cap || !privMonths[c.toks[m].key] {
				continue
			}
			end := c.toks[m].end
			if m+1 < n && len(c.toks[m+1].key) == 4 && privAllDigits(c.toks[m+1].key) && c.gapOK(m, true) {
				end = c.toks[m+1].end
			}
			if !seen(tk.start, end) {
				spans = append(spans, [2]int{tk.start, end})
			}
		case tk.cap && privWeekdays[tk.key] && i > 0 && privDayPrefixes[c.toks[i-1].key] && c.gapOK(i-1, false):
			// "last Tuesday", "on Friday"
			start := c.toks[i-1].start
			switch c.toks[i-1].key {
			case "on", "from":
				start = tk.start
			}
			if i > 1 && c.toks[i-1].key == "past" && c.toks[i-2].key == "this" {
				start = c.toks[i-2].start
			}
			if i+1 < n && c.toks[i+1].cap && privMonths[c.toks[i+1].key] {
				continue // "on Monday, June 9" is read from the month
			}
			if !seen(start, tk.end) {
				spans = append(spans, [2]int{start, tk.end})
			}
		}
	}
	for _, sp := range spans {
		if c.protected(sp[0], sp[1]) {
			continue
		}
		a := c.tokAt(sp[0])
		if a >= n {
			continue
		}
		s := c.toks[a].sent
		dob := false
		for j := a - 1; j >= 0 && j >= a-5 && c.toks[j].sent == s; j-- {
			if privDOBCues[c.toks[j].key] {
				dob = true
				break
			}
		}
		switch {
		case dob:
			c.add(sp[0], sp[1], KindBirthDate)
		case c.visitCue(s) && c.anchored(s):
			c.add(sp[0], sp[1], KindDate)
		}
	}
}

// privDayNumber: 1 to 31, optionally 1st, 2nd, 3rd, 4th.
func privDayNumber(k string) bool {
	d := privDigitRun(k, 0)
	if d < 1 || d > 2 {
		return false
	}
	switch k[d:] {
	case "", "st", "nd", "rd", "th":
		n := privAtoi(k[:d])
		return n >= 1 && n <= 31
	}
	return false
}

func (c *privChecker) visitCue(s int) bool {
	if c.relSents[s] {
		return true
	}
	a, b := c.sentRange(s)
	for _, tk := range c.toks[a:b] {
		if privDateCues[tk.key] {
			return true
		}
	}
	for _, r := range c.conds {
		if c.toks[r[0]].sent == s {
			return true
		}
	}
	return false
}

func (c *privChecker) sentRange(s int) (int, int) {
	if s < 0 || s >= len(c.sentStart) {
		return 0, 0
	}
	if s+1 < len(c.sentStart) {
		return c.sentStart[s], c.sentStart[s+1]
	}
	return c.sentStart[s], len(c.toks)
}

func (c *privChecker) isStaff(k string) bool {
	return c.own.staff[k] || slices.Contains(c.dynStaff, k)
}

func privAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// resolve drops findings inside protected spans and settles overlaps in
// favour of the more sensitive kind, then the longer span.
func (c *privChecker) resolve() []Finding {
	cands := c.cands[:0]
	for _, cd := range c.cands {
		if cd.kind == KindEmail || !c.protected(cd.start, cd.end) {
			cands = append(cands, cd)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if privPriority[a.kind] != privPriority[b.kind] {
			return privPriority[a.kind] > privPriority[b.kind]
		}
		if a.end-a.start != b.end-b.start {
			return a.end-a.start > b.end-b.start
		}
		return a.start < b.start
	})
	var kept []privCand
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
		}
	}
	if len(kept) == 0 {
		return nil
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	out := make([]Finding, len(kept))
	for i, k := range kept {
		out[i] = Finding{Start: k.start, End: k.end, Text: c.text[k.start:k.end], Kind: k.kind, Reason: privReasons[k.kind]}
	}
	return out
}
