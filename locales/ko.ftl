# SpecDesk's messages in Korean (한국어): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = spec-kit 저장소를 위한 데스크톱 편집기: 계획, 사양, 작업을 실시간 미리 보기와 템플릿 검사로 다룹니다.
dialog-close = 닫기

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)

report-diagrams-progress = 보고서의 다이어그램을 그리는 중… { $total }개 중 { $done }개
report-diagram-too-long = 이 다이어그램은 너무 커서 그릴 수 없습니다({ $length }자, 한도 { $limit }자).
report-diagram-too-big = 이 다이어그램의 그림이 너무 커서 보고서에 넣을 수 없습니다.

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

