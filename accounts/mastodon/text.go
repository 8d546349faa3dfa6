package mastodon

import (
	"html"
	"net/url"
	"strings"
)

// HTMLToText turns a status's sanitized HTML (Mastodon sends <p>, <br>,
// <span> and <a>) into plain text: tags are dropped, <br> becomes a line
// break, paragraphs are separated by a blank line, and entities are
// unescaped. Link text stays, so a shortened link reads in full again
// (Mastodon hides parts of it in "invisible" spans).
func HTMLToText(s string) string {
	var b strings.Builder
	pendingPara := false
	write := func(text string) {
		if text == "" {
			return
		}
		if pendingPara {
			b.WriteString("\n\n")
			pendingPara = false
		}
		b.WriteString(html.UnescapeString(text))
	}
	for len(s) > 0 {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			write(s)
			break
		}
		write(s[:lt])
		s = s[lt:]
		gt := strings.IndexByte(s, '>')
		if gt < 0 || !looksLikeTag(s) {
			// A stray "<" is text.
			write(s[:1])
			s = s[1:]
			continue
		}
		name := tagName(s[1:gt])
		s = s[gt+1:]
		switch name {
		case "br", "br/":
			if pendingPara {
				b.WriteString("\n\n")
				pendingPara = false
			}
			b.WriteString("\n")
		case "/p", "/blockquote", "/li", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/pre":
			if b.Len() > 0 {
				pendingPara = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

func looksLikeTag(s string) bool {
	if len(s) < 2 {
		return false
	}
	c := s[1]
	return c == '/' || c == '!' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// tagName is the lowercased element name, "/" first for a closing tag.
func tagName(inner string) string {
	inner = strings.TrimSpace(inner)
	end := strings.IndexAny(inner, " \t\r\n")
	if end >= 0 {
		inner = inner[:end]
	}
	inner = strings.ToLower(inner)
	if inner != "br/" {
		inner = strings.TrimSuffix(inner, "/")
	}
	return inner
}

// idGreater compares Mastodon ids, which are decimal strings too large for
// some clients' numbers: a longer string is larger, equal lengths compare
// lexicographically. Any id is greater than "".
func idGreater(a, b string) bool {
	a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a > b
}

// nextMaxID reads max_id from the rel="next" link of Link headers such as
// <https://mastodon.example/api/v1/notifications?max_id=34975535>; rel="next", <…>; rel="prev".
func nextMaxID(headers []string) string {
	for _, h := range headers {
		for len(h) > 0 {
			lt := strings.IndexByte(h, '<')
			if lt < 0 {
				break
			}
			gt := strings.IndexByte(h[lt:], '>')
			if gt < 0 {
				break
			}
			target := h[lt+1 : lt+gt]
			rest := h[lt+gt+1:]
			params := rest
			if next := strings.IndexByte(rest, '<'); next >= 0 {
				params = rest[:next]
			}
			h = rest
			if !relIsNext(params) {
				continue
			}
			u, err := url.Parse(target)
			if err != nil {
				continue
			}
			if id := u.Query().Get("max_id"); id != "" {
				return id
			}
		}
	}
	return ""
}

func relIsNext(params string) bool {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "rel") {
			continue
		}
		for _, r := range strings.Fields(strings.Trim(strings.TrimSpace(v), `",`)) {
			if strings.EqualFold(r, "next") {
				return true
			}
		}
	}
	return false
}
