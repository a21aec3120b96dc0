; Included by electron-builder's NSIS installer (nsis.include in electron-builder.ts).
; electron-builder writes the parallax:// scheme into macOS's Info.plist and the Linux desktop entry, but not into
; the Windows registry, so the installer does it here: links work before the app's first start, and the uninstaller
; removes the key. The app registers itself again at every start (app.setAsDefaultProtocolClient), which also
; records the --data-dir in use; SHELL_CONTEXT is HKCU for a per-user install, as Electron's own registration is.

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\parallax" "" "URL:parallax"
  WriteRegStr SHELL_CONTEXT "Software\Classes\parallax" "URL Protocol" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\parallax\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  ; An update runs the old uninstaller first; the key stays for the new version.
  ${ifNot} ${isUpdated}
    DeleteRegKey SHELL_CONTEXT "Software\Classes\parallax"
  ${endIf}
!macroend
