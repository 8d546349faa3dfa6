package main

import (
	"debug/pe"
	"os"
	"testing"
)

// TestPESubsystem checks how the Windows executables were linked, from the
// Subsystem field of their PE optional header: carepost.exe as a GUI
// program (no console window when opened), carepost-cli.exe as a console
// program (waited for by Command Prompt and scripts, output and exit status
// delivered). The Windows build script names the files it built in
// CAREPOST_GUI_EXE and CAREPOST_CLI_EXE; without them the test is skipped.
func TestPESubsystem(t *testing.T) {
	exes := []struct {
		env  string
		want uint16
		kind string
	}{
		{"CAREPOST_GUI_EXE", pe.IMAGE_SUBSYSTEM_WINDOWS_GUI, "Windows GUI"},
		{"CAREPOST_CLI_EXE", pe.IMAGE_SUBSYSTEM_WINDOWS_CUI, "console"},
	}
	named := false
	for _, exe := range exes {
		path := os.Getenv(exe.env)
		if path == "" {
			continue
		}
		named = true
		t.Run(exe.env, func(t *testing.T) {
			f, err := pe.Open(path)
			if err != nil {
				t.Fatalf("%s=%s: %v", exe.env, path, err)
			}
			defer f.Close()
			var subsystem uint16
			switch h := f.OptionalHeader.(type) {
			case *pe.OptionalHeader64:
				subsystem = h.Subsystem
			case *pe.OptionalHeader32:
				subsystem = h.Subsystem
			default:
				t.Fatalf("%s: no PE optional header", path)
			}
			if f.Characteristics&pe.IMAGE_FILE_EXECUTABLE_IMAGE == 0 {
				t.Errorf("%s: not marked as an executable image", path)
			}
			if subsystem != exe.want {
				t.Fatalf("%s: subsystem %d, want %d (%s)", path, subsystem, exe.want, exe.kind)
			}
			t.Logf("%s: subsystem %d (%s)", path, subsystem, exe.kind)
		})
	}
	if !named {
		t.Skip("set CAREPOST_GUI_EXE and/or CAREPOST_CLI_EXE to Windows builds (scripts/windows.sh does)")
	}
}
