package carepost

import "testing"

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
