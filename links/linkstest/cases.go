// Package linkstest holds the one table of link cases that the finder
// (package links) and each of its users are tested against, so that they
// cannot drift apart:
//
//   - links.Find returns every Link but the Reserved ones, and
//     links.Append with Options.Reserved returns them all;
//   - X's counter counts each Link that is neither XText nor Reserved as
//     23 and everything else as text (drafts);
//   - Mastodon's counter counts each Scheme Link that is not Reserved as 23
//     (drafts);
//   - the privacy check protects every Link, Reserved ones included, and
//     reports nothing inside one (drafts);
//   - the Bluesky facets have a link facet at each Link that is not
//     Reserved, at the same byte offsets, whose URI is the link with
//     https:// before a bare domain (accounts/bluesky).
//
// Only tests import it.
package linkstest

// Link is one link expected in a Case's text.
type Link struct {
	Start  int    // byte offset in Case.Text
	URL    string // the link as written: Text[Start:End()]
	Scheme bool   // begins with a scheme
	// XText: X counts it as text, not as a link: a bare two-label domain
	// on a country code with no path (twitter-text's rule, and so the X
	// counter's).
	XText bool
	// Reserved: under a name reserved for examples and tests; only a
	// caller that asks for those (the privacy check) finds it.
	Reserved bool
}

// End is the byte offset just past the link.
func (l Link) End() int { return l.Start + len(l.URL) }

// Case is a text and the links in it, left to right.
type Case struct {
	Name  string
	Text  string
	Links []Link
}

// Cases is the table.
var Cases = []Case{
	{
		Name: "https link with path, query and fragment; full stop after it",
		Text: "Book now: https://maplegrove.clinic/flu-shots?age=65&lang=en#times.",
		Links: []Link{
			{Start: 10, URL: "https://maplegrove.clinic/flu-shots?age=65&lang=en#times", Scheme: true},
		},
	},
	{
		Name: "comma after a link; query straight after the host",
		Text: "See https://example.org/faq, or https://example.com?x=1, then call.",
		Links: []Link{
			{Start: 4, URL: "https://example.org/faq", Scheme: true},
			{Start: 32, URL: "https://example.com?x=1", Scheme: true},
		},
	},
	{
		Name: "closing parenthesis after a link",
		Text: "(more at https://maplegrove.clinic/flu) and (see maplegrove.clinic)",
		Links: []Link{
			{Start: 9, URL: "https://maplegrove.clinic/flu", Scheme: true},
			{Start: 49, URL: "maplegrove.clinic"},
		},
	},
	{
		Name: "balanced parentheses stay in the path",
		Text: "Read https://en.wikipedia.org/wiki/Influenza_(disease).",
		Links: []Link{
			{Start: 5, URL: "https://en.wikipedia.org/wiki/Influenza_(disease)", Scheme: true},
		},
	},
	{
		Name: "trailing dots and an ellipsis stay out",
		Text: "Details at https://maplegrove.clinic/flu... and more…",
		Links: []Link{
			{Start: 11, URL: "https://maplegrove.clinic/flu", Scheme: true},
		},
	},
	{
		Name: "upper-case scheme and host",
		Text: "HTTP://MapleGrove.Clinic/Flu works too",
		Links: []Link{
			{Start: 0, URL: "HTTP://MapleGrove.Clinic/Flu", Scheme: true},
		},
	},
	{
		Name: "port, exclamation mark after",
		Text: "Portal: https://example.com:8443/portal!",
		Links: []Link{
			{Start: 8, URL: "https://example.com:8443/portal", Scheme: true},
		},
	},
	{
		Name: "bare domain on a generic TLD",
		Text: "Visit maplegrove.clinic today.",
		Links: []Link{
			{Start: 6, URL: "maplegrove.clinic"},
		},
	},
	{
		Name: "bare domains on a multi-label public suffix and with www and a path",
		Text: "Our partner example.co.uk, and www.clinic.org/flu.",
		Links: []Link{
			{Start: 12, URL: "example.co.uk"},
			{Start: 31, URL: "www.clinic.org/flu"},
		},
	},
	{
		// nhs.uk is a public suffix (names are registered under it) and a
		// site; X links it, as it has a path.
		Name: "a public suffix that is also a site",
		Text: "NHS advice: nhs.uk/flu or www.nhs.uk",
		Links: []Link{
			{Start: 12, URL: "nhs.uk/flu"},
			{Start: 26, URL: "www.nhs.uk"},
		},
	},
	{
		Name: "bare two-label country-code domains",
		Text: "it.so it.so/abcde maplegrove.ca",
		Links: []Link{
			{Start: 0, URL: "it.so", XText: true},
			{Start: 6, URL: "it.so/abcde"},
			{Start: 18, URL: "maplegrove.ca", XText: true},
		},
	},
	{
		// ü is 2 bytes. A bare two-label country-code domain is text to X,
		// in Unicode or in punycode.
		Name: "internationalised domains",
		Text: "Bücher: bücher.de, xn--bcher-kva.de, www.bücher.de and https://bücher.de/öffnungszeiten.",
		Links: []Link{
			{Start: 9, URL: "bücher.de", XText: true},
			{Start: 21, URL: "xn--bcher-kva.de", XText: true},
			{Start: 39, URL: "www.bücher.de"},
			{Start: 58, URL: "https://bücher.de/öffnungszeiten", Scheme: true},
		},
	},
	{
		Name: "Cyrillic host after a scheme; bare it is text",
		Text: "Москва: https://пример.рф/ and пример.рф",
		Links: []Link{
			{Start: 14, URL: "https://пример.рф/", Scheme: true},
		},
	},
	{
		// Byte offsets, not characters: 🎉 is 4 bytes; "flu 👩‍⚕️ " takes
		// the offset from 33 to 48 (the health worker is 13 bytes); the
		// flag before example.com is 8.
		Name: "emoji before links",
		Text: "🎉https://maplegrove.clinic/flu 👩\u200d⚕️ maplegrove.clinic/team 🇺🇸 example.com",
		Links: []Link{
			{Start: 4, URL: "https://maplegrove.clinic/flu", Scheme: true},
			{Start: 48, URL: "maplegrove.clinic/team"},
			{Start: 80, URL: "example.com"},
		},
	},
	{
		Name: "email addresses are not links",
		Text: "Email jane.doe@example.com or flu@maplegrove.clinic, not a link.",
	},
	{
		Name: "mentions and hashtags are not links",
		Text: "Thanks @alice.bsky.social and #maplegrove.clinic $example.com",
	},
	{
		Name: "file names and version numbers are not links",
		Text: "Attached report.pdf and notes.docx; version 1.2 of index.html",
	},
	{
		Name: "abbreviations are not links",
		Text: "e.g. Dr.Smith, i.e. U.S. a.m. and St.Mary",
	},
	{
		Name: "ellipses around a bare domain",
		Text: "Wait… what? Loading... maplegrove.clinic…",
		Links: []Link{
			{Start: 25, URL: "maplegrove.clinic"},
		},
	},
	{
		Name: "Spanish",
		Text: "¡Vacúnate! Pide cita en https://maplegrove.clinic/es/gripe?edad=65, o visita www.salud.gob.es/vacunas. Horario: 9.30 a 14.00, p.ej. el lunes; EE.UU. también.",
		Links: []Link{
			{Start: 26, URL: "https://maplegrove.clinic/es/gripe?edad=65", Scheme: true},
			{Start: 79, URL: "www.salud.gob.es/vacunas"},
		},
	},
	{
		Name: "Spanish with a bare domain after an inverted question mark",
		Text: "¿Dudas? ¿maplegrove.clinic/niños? Sra.García lo sabe.",
		Links: []Link{
			{Start: 11, URL: "maplegrove.clinic/niños"},
		},
	},
	{
		// Not in the public suffix list and linked by no network; the
		// privacy check treats them as links, as drafts use them for the
		// clinic's own site.
		Name: "reserved example names",
		Text: "Apply at maplegrove.example/careers or https://portal.maplegrove.test/x",
		Links: []Link{
			{Start: 9, URL: "maplegrove.example/careers", Reserved: true},
			{Start: 39, URL: "https://portal.maplegrove.test/x", Scheme: true, Reserved: true},
		},
	},
	{
		Name: "hosts without a top-level domain and other schemes",
		Text: "http://localhost/flu and ftp://example.com/file",
	},
	{
		Name: "public suffixes and private suffixes",
		Text: "co.uk gov.uk/flu github.io alice.github.io foo.blogspot.com bsky.social",
		Links: []Link{
			{Start: 0, URL: "co.uk", XText: true},
			{Start: 6, URL: "gov.uk/flu"},
			{Start: 17, URL: "github.io", XText: true},
			{Start: 27, URL: "alice.github.io"},
			{Start: 43, URL: "foo.blogspot.com"},
			{Start: 60, URL: "bsky.social"},
		},
	},
	{
		Name: "bad labels",
		Text: "a.b.c x-.com -x.com a_b.com x.a_b.com/flu",
	},
}
