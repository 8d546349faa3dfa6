//go:build !windows

package main

// useParentConsole is needed on Windows only, where carepost.exe is linked
// as a GUI program; elsewhere the standard streams are always connected.
func useParentConsole() {}
