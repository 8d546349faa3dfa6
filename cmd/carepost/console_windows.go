//go:build windows

package main

import (
	"log"
	"os"

	"golang.org/x/sys/windows"
)

// carepost.exe is linked as a GUI program (-H=windowsgui) so that opening it
// shows no console window. Such a program gets no console, so without the
// code below a subcommand typed into Command Prompt or PowerShell would
// print nothing. carepost-cli.exe, the same code linked as a console
// program, has its streams connected already; there this is a no-op.

var procAttachConsole = windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = ^uint32(0)

// stdStream is one of the three standard streams.
type stdStream struct {
	id      uint32    // STD_INPUT_HANDLE, …
	name    string    // the name os gives it
	console string    // the console device that stands in for it
	file    **os.File // os.Stdin, …
}

// replaced keeps the *os.File values that useParentConsole swapped out
// reachable: each one's finalizer would otherwise close a handle that may
// still be in use.
var replaced []*os.File

// useParentConsole connects the standard streams to the console of the
// process that started this one (Command Prompt, PowerShell, a .bat file),
// if it has one. Streams that already lead somewhere, a file or a pipe
// (`carepost publish-due >> log.txt 2>&1`, a job capturing output), are
// kept as they are; only the missing ones are opened on the console.
// Started from Explorer or by a task without a console, it does nothing and
// no console window appears.
func useParentConsole() {
	streams := []stdStream{
		{windows.STD_INPUT_HANDLE, "/dev/stdin", "CONIN$", &os.Stdin},
		{windows.STD_OUTPUT_HANDLE, "/dev/stdout", "CONOUT$", &os.Stdout},
		{windows.STD_ERROR_HANDLE, "/dev/stderr", "CONOUT$", &os.Stderr},
	}
	// What was inherited, before attaching can change it. Attaching is
	// needed when a stream is missing, and when one is a character device:
	// a console handle passed down by a parent that did not redirect only
	// behaves as a console once attached. Files and pipes alone need
	// nothing.
	inherited := make([]windows.Handle, len(streams))
	attach := false
	for i, s := range streams {
		h, kind := usableStdHandle(s.id)
		inherited[i] = h
		if h == 0 || kind == windows.FILE_TYPE_CHAR {
			attach = true
		}
	}
	if !attach {
		return
	}
	// r is the answer; the call's error only says why it is 0.
	if r, _, _ := procAttachConsole.Call(uintptr(attachParentProcess)); r == 0 {
		return // the parent has no console, or this process already has one
	}
	for i, s := range streams {
		h := inherited[i]
		if h == 0 {
			f, opened, err := openConsole(s.console)
			if err != nil {
				continue
			}
			h = opened
			replaced = append(replaced, *s.file)
			*s.file = f
		} else if isConsole(h) {
			// A console handle inherited while no console was attached:
			// wrap it again so os now sees a console and writes text to it
			// as Unicode.
			replaced = append(replaced, *s.file)
			*s.file = os.NewFile(uintptr(h), s.name)
		}
		// Keep the process-wide handle (used by panics and child
		// processes) in step with os, whatever attaching did to it.
		if cur, err := windows.GetStdHandle(s.id); err != nil || cur != h {
			// Best effort: os's streams, set above, already lead to the
			// console; only panics and child processes miss out.
			_ = windows.SetStdHandle(s.id, h)
		}
	}
	// The log package captured os.Stderr when it started.
	log.SetOutput(os.Stderr)
}

// usableStdHandle returns the standard handle id and its file type when it
// leads to a file, pipe or character device, and 0 when it is absent or not
// a valid handle.
func usableStdHandle(id uint32) (windows.Handle, uint32) {
	h, err := windows.GetStdHandle(id)
	if err != nil || h == 0 || h == windows.InvalidHandle {
		return 0, 0
	}
	t, err := windows.GetFileType(h)
	if err != nil || t == windows.FILE_TYPE_UNKNOWN {
		return 0, 0
	}
	return h, t
}

// isConsole reports whether h is a handle to the attached console.
func isConsole(h windows.Handle) bool {
	var mode uint32
	return windows.GetConsoleMode(h, &mode) == nil
}

// openConsole opens CONIN$ or CONOUT$ of the attached console, for reading
// and writing: reading is needed for os to recognise it as a console.
func openConsole(name string) (*os.File, windows.Handle, error) {
	p, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return nil, 0, err
	}
	h, err := windows.CreateFile(p, windows.GENERIC_READ|windows.GENERIC_WRITE,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE, nil, windows.OPEN_EXISTING, 0, 0)
	if err != nil {
		return nil, 0, err
	}
	return os.NewFile(uintptr(h), name), h, nil
}
