; Inno Setup script: installs the one-folder program from dist\dispatcher\ (built by
; packaging\dispatcher.spec) for the current user, without administrator rights, so an
; office PC without internet or Python can run dispatcher from the Start menu.
; Build: ISCC.exe /DAppVersion=0.1.0 packaging\dispatcher.iss  ->  dist\installer\

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6D3B4B7E-2F0C-4C55-9E0B-8C1A2D7F4A11}
AppName=dispatcher
AppVersion={#AppVersion}
AppPublisher=dispatcher
DefaultDirName={autopf}\dispatcher
DefaultGroupName=dispatcher
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=dispatcher-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\dispatcher-window.exe

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\dispatcher\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\dispatcher"; Filename: "{app}\dispatcher-window.exe"
Name: "{autodesktop}\dispatcher"; Filename: "{app}\dispatcher-window.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\dispatcher-window.exe"; Description: "{cm:LaunchProgram,dispatcher}"; Flags: nowait postinstall skipifsilent

; The user's data (database, own rule files, backups) lives in %APPDATA%\dispatcher and is
; left in place on uninstall.
