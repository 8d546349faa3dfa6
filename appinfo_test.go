package carepost

import (
	"strings"
	"testing"
)

func TestAppInfoComesFromFyneAppTOML(t *testing.T) {
	info := AppInfo()
	if info.ID != "app.carepost.desktop" || info.Name != "CarePost" || info.Version == "" {
		t.Fatalf("AppInfo() = %+v, want CarePost's ID, name and a version", info)
	}
}

func TestParseInfoRejectsIncompleteDetails(t *testing.T) {
	tests := map[string]string{
		"missing ID":    "[Details]\nName = \"CarePost\"\nVersion = \"1\"\n",
		"unquoted name": "[Details]\nID = \"a.b\"\nName = CarePost\nVersion = \"1\"\n",
		"bad build":     "[Details]\nID = \"a.b\"\nName = \"C\"\nVersion = \"1\"\nBuild = x\n",
		"not key=value": "[Details]\nID\n",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseInfo(src); err == nil {
				t.Fatalf("ParseInfo accepted %q", src)
			}
		})
	}
}

// TestParseInfoReadsTOML covers FyneApp.toml files that are valid TOML but
// that a line-by-line reading gets wrong.
func TestParseInfoReadsTOML(t *testing.T) {
	const details = "[Details]\nID = \"app.carepost.desktop\"\nName = \"CarePost\"\nVersion = \"1.2.3\"\nBuild = 4\n"
	want := Info{ID: "app.carepost.desktop", Name: "CarePost", Version: "1.2.3", Build: 4}
	tests := []struct {
		name string
		src  string
		want Info
	}{
		{"the plain form", details, want},
		{"= and # inside quoted strings",
			"[Details]\nID = \"a.b\"\nName = \"Care = Post #1\"\nVersion = \"1\"\nIcon = \"icons/#a=b.png\"\n",
			Info{ID: "a.b", Name: "Care = Post #1", Version: "1", Icon: "icons/#a=b.png"}},
		{"inline comments after values and headers",
			"[Details] # what identifies the app\nID = \"app.carepost.desktop\" # reverse DNS\nName = \"CarePost\"   # shown to users\nVersion = \"1.2.3\"\nBuild = 4 # bumped by CI\n",
			want},
		{"literal (single-quoted) strings",
			"[Details]\nID = 'app.carepost.desktop'\nName = 'CarePost'\nVersion = '1.2.3'\nBuild = 4\nIcon = 'C:\\icons\\app.png'\n",
			Info{ID: "app.carepost.desktop", Name: "CarePost", Version: "1.2.3", Build: 4, Icon: `C:\icons\app.png`}},
		{"TOML escapes in basic strings",
			"[Details]\nID = \"a.b\"\nName = \"Care\\u0050ost \\\"desk\\\"\"\nVersion = \"1\"\n",
			Info{ID: "a.b", Name: `CarePost "desk"`, Version: "1"}},
		{"other tables, including keys with the same names",
			"Website = \"https://example.org\"\n\n[Development]\nName = \"CarePost Dev\"\nBuild = 99\n\n" + details +
				"\n[Release]\nID = \"other.id\"\nVersion = \"9.9.9\"\n\n[Migrations]\nfyneDo = true\n",
			want},
		{"a multi-line array in another table",
			details + "\n[LinuxAndBSD]\nGenericName = \"Social media\"\nCategories = [\n  \"Office\",\n  \"Network\",\n]\n",
			want},
		{"spaces inside the table header", strings.Replace(details, "[Details]", "[ Details ]", 1), want},
		{"dotted keys instead of a table header",
			"Details.ID = \"a.b\"\nDetails.Name = \"C\"\nDetails.Version = \"1\"\nDetails.Build = 7\n",
			Info{ID: "a.b", Name: "C", Version: "1", Build: 7}},
		{"a build number with underscores", strings.Replace(details, "Build = 4", "Build = 1_004", 1),
			Info{ID: want.ID, Name: want.Name, Version: want.Version, Build: 1004}},
		{"Windows line endings", strings.ReplaceAll(details, "\n", "\r\n"), want},
		{"no Build or Icon", "[Details]\nID = \"a.b\"\nName = \"C\"\nVersion = \"1\"\n", Info{ID: "a.b", Name: "C", Version: "1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseInfo(tc.src)
			if err != nil {
				t.Fatalf("ParseInfo: %v", err)
			}
			if got != tc.want {
				t.Errorf("ParseInfo = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestParseInfoErrorsSayWhat checks that a broken FyneApp.toml is refused
// with an error naming the missing key or the line that is wrong, including
// files a line-by-line reading used to accept.
func TestParseInfoErrorsSayWhat(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"empty file", "", []string{"[Details] needs ID, Name, Version"}},
		{"no Details table", "[Release]\nID = \"a.b\"\nName = \"C\"\nVersion = \"1\"\n", []string{"[Details] needs ID, Name, Version"}},
		{"missing Name and Version", "[Details]\nID = \"a.b\"\n", []string{"needs Name, Version"}},
		{"empty ID", "[Details]\nID = \"\"\nName = \"C\"\nVersion = \"1\"\n", []string{"needs ID"}},
		{"unquoted name", "[Details]\nID = \"a.b\"\nName = CarePost\nVersion = \"1\"\n", []string{"FyneApp.toml", "line 3", "CarePost"}},
		{"build is not a number", "[Details]\nID = \"a.b\"\nName = \"C\"\nVersion = \"1\"\nBuild = x\n", []string{"line 5"}},
		{"build is a quoted string", "[Details]\nID = \"a.b\"\nName = \"C\"\nVersion = \"1\"\nBuild = \"4\"\n", []string{"line 5", "Details.Build"}},
		{"build is a fraction", "[Details]\nID = \"a.b\"\nName = \"C\"\nVersion = \"1\"\nBuild = 1.5\n", []string{"line 5", "Details.Build"}},
		{"version is a number", "[Details]\nID = \"a.b\"\nName = \"C\"\nVersion = 1\n", []string{"line 4", "Details.Version"}},
		{"a key without a value", "[Details]\nID\n", []string{"line 2"}},
		{"a key given twice", "[Details]\nID = \"a.b\"\nID = \"c.d\"\nName = \"C\"\nVersion = \"1\"\n", []string{"line 3", "Details.ID", "already been defined"}},
		{"an unterminated string", "[Details]\nID = \"a.b\nName = \"C\"\nVersion = \"1\"\n", []string{"line 2"}},
		{"Go-only \\x escape", "[Details]\nID = \"a.b\"\nName = \"Care\\x50ost\"\nVersion = \"1\"\n", []string{"line 3"}},
		{"Go raw string", "[Details]\nID = \"a.b\"\nName = `CarePost`\nVersion = \"1\"\n", []string{"line 3"}},
		{"Details is not a table", "Details = 3\n", []string{"Details"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			info, err := ParseInfo(tc.src)
			if err == nil {
				t.Fatalf("ParseInfo accepted %q as %+v", tc.src, info)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}
