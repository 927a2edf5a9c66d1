; SPDX-FileCopyrightText: KMUni CRM contributors
; SPDX-License-Identifier: GPL-3.0-or-later
;
; Inno Setup 6 script for KMUni CRM on Windows (packaging/windows/README.md says how to fill
; deploy\ first). Build:  iscc /DVersion=0.1.0 packaging\windows\kmuni.iss
; Installs per machine into Program Files; every user's database lives in %APPDATA%\KMUni\kmuni.

#ifndef Version
  #define Version "0.1.0"
#endif
#ifndef DeployDir
  #define DeployDir "..\..\deploy"
#endif

[Setup]
AppId={{6C0E4B7A-3F1D-4E2B-9A57-4B4D556E0001}
AppName=KMUni CRM
AppVersion={#Version}
AppPublisher=KMUni network
DefaultDirName={autopf}\KMUni CRM
DefaultGroupName=KMUni CRM
DisableProgramGroupPage=yes
OutputBaseFilename=kmuni-crm-{#Version}-setup
OutputDir=..\..\dist
SetupIconFile=kmuni.ico
UninstallDisplayIcon={app}\kmuni.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
; kmuni.exe, the Qt and vcpkg DLLs, plugins (platforms, sqldrivers, iconengines, imageformats,
; styles), translations, fonts\DejaVuSans*.ttf and the VC++ runtime: all that windeployqt and
; the README's copy steps put into deploy\.
Source: "{#DeployDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\KMUni CRM"; Filename: "{app}\kmuni.exe"; AppUserModelID: "de.kmuni.crm"
Name: "{autodesktop}\KMUni CRM"; Filename: "{app}\kmuni.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Double-clicking an office's .kmuni file opens it in KMUni CRM (kmuni FILE).
Root: HKA; Subkey: "Software\Classes\.kmuni"; ValueType: string; ValueName: ""; ValueData: "KMUni.Database"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\KMUni.Database"; ValueType: string; ValueName: ""; ValueData: "KMUni CRM database"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KMUni.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kmuni.exe,0"
Root: HKA; Subkey: "Software\Classes\KMUni.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kmuni.exe"" ""%1"""

[Run]
Filename: "{app}\kmuni.exe"; Description: "{cm:LaunchProgram,KMUni CRM}"; Flags: nowait postinstall skipifsilent
