# SpecDesk's messages in Korean (한국어): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = spec-kit 저장소를 위한 데스크톱 편집기: 계획, 사양, 작업을 실시간 미리 보기와 템플릿 검사로 다룹니다.
dialog-close = 닫기

# Shell: the main window
app-opening-repository = 저장소를 여는 중…
app-dismiss = 닫기
app-report-saved = 보고서를 { $path }에 저장했습니다
app-export-done = { $path }(으)로 내보냈습니다
app-export-failed = 내보내기 실패: { $error }
window-title-unsaved = ● { $place } (저장하지 않은 문서 { $count }개)

# Names and counts used in several places
format-documents = 문서 { $count }개
format-features = 기능 { $count }개
format-feature-label = 기능 { $number }, { $name }, { $documents }
format-feature-label-group = 기능 { $number }, { $name }, { $group } 폴더, { $documents }
format-feature-label-unnumbered = 기능 { $name }, { $documents }
format-feature-label-unnumbered-group = 기능 { $name }, { $group } 폴더, { $documents }
format-kind-plan = 계획
format-kind-spec = 사양
format-kind-tasks = 작업
format-kind-research = 조사
format-kind-data-model = 데이터 모델
format-kind-quickstart = 빠른 시작
format-kind-checklist = 체크리스트
format-kind-contract = 계약
format-kind-other = 기타
format-template-builtin-lite = 기본 제공 Lite 템플릿
format-template-builtin-full = 기본 제공 spec-kit 템플릿
format-template-builtins = 기본 제공 템플릿(각 계획이 따르는 템플릿)
format-template-stack = 스택: { $layers }
format-template-over = , 그 아래{" "}

# Opening a repository failed
open-error-not-found = 저장소를 찾을 수 없음
open-error-permission-denied = 권한이 거부됨
open-error-not-a-folder = 폴더가 아님
open-error-not-allowed = 허용되지 않음
open-error-other = 저장소를 열 수 없음
open-error-path = 경로: { $path }
open-error-hint = spec-kit 저장소 폴더를 지정해 SpecDesk를 시작하세요: { $command }
open-error-retry = 다시 시도

# Sidebar
sidebar-region = 저장소
sidebar-demo = 데모
    .title = 내 저장소를 열려면 경로를 지정해 SpecDesk를 시작하세요
sidebar-new-feature = 새 기능
    .title = 새 기능 (Ctrl+N)
sidebar-reload = 저장소 다시 불러오기
sidebar-filter = 기능 필터
sidebar-features = 기능
sidebar-no-features = 아직 기능이 없습니다. spec-kit은 각 기능을 { $example } 같은 폴더에 보관합니다.
sidebar-filter-empty = 필터와 일치하는 기능이 없습니다.
sidebar-on-branch = { $branch } 브랜치
sidebar-group-folder = { $group } 폴더
sidebar-plan-progress = 계획 { $progress }
    .title = 계획 체크리스트
sidebar-tasks-progress = 작업 { $progress }
    .title = 완료한 작업
sidebar-progress = { $done }/{ $total }
sidebar-feature-with-badge = { $feature }, { $badge }
sidebar-badge-unreadable = plan.md { $reason }
sidebar-badge-no-plan = 계획 없음
sidebar-badge-errors = 오류 { $count }개
sidebar-badge-warnings = 경고 { $count }개
sidebar-badge-valid = 문제 없음
git-uncommitted = 커밋하지 않은 변경 사항
    .title = 커밋하지 않은 변경 사항 (git)

# A feature without the editor (no documents, none selected)
detail-documents-in = { $folder }의 { $documents }
detail-documents = 문서
detail-select-feature = 기능을 선택하면 문서가 표시됩니다.
detail-no-features = 이 저장소에는 아직 기능이 없습니다.

# A repository without specs
empty-title = { $folder }에 아직 사양이 없습니다
empty-about = SpecDesk는 { $speckit } 저장소에서 작동합니다. 각 기능은 { $specs } 아래의 전용 폴더(예: { $example })에 있으며, { $plan }과 보통 { $spec }, { $tasks }, 체크리스트를 담고 있습니다.
empty-start = 여기서 첫 기능을 시작하세요. SpecDesk가 저장소의 계획 템플릿({ $template }, 없으면 기본 제공 Lite 템플릿)으로 { $plan }을 만듭니다.
empty-feature-title = 기능 제목
    .placeholder = 예: 사진 앨범
empty-create = 첫 기능 만들기

# "plan.md was replaced on disk" notices
notice-replaced-title = { $file } 파일이 디스크에서 교체되었습니다
notice-replaced-template = 이제 템플릿과 같아져서 채워 넣은 내용이 사라졌습니다.
notice-replaced-lines = 줄의 { $percent }가 한 번에 바뀌었습니다.
notice-restore-conflict = 파일이 디스크에서 다시 바뀌어 아무것도 복원하지 않았습니다. 비교를 사용하세요.
notice-compare = 비교
notice-restoring = 복원하는 중…
notice-restore-previous = 이전 버전 복원
notice-dismiss = 닫기
    .aria-label = 닫기: { $title }

# Feature view: toolbar, tabs, panes
editor-saving = 저장하는 중…
editor-not-saved = 저장 안 됨: { $error }
editor-unsaved = 저장 안 됨
editor-saved = 저장됨
editor-autosave = 자동 저장
editor-outline = 개요
editor-history = 기록
editor-coverage = 커버리지
editor-no-documents = 이 기능 폴더에는 아직 문서가 없습니다.
editor-opening = 여는 중…
view-label = 보기
view-editor = 편집기
view-split = 분할
view-preview = 미리 보기
tabs-unsaved = 저장하지 않은 변경 사항
outline-empty = 제목이 없습니다.
splitter-label = 편집기와 미리 보기 크기 조정

# Status bar
status-placeholders =
    { $count ->
        [0] 남은 자리 표시자 없음
       *[other] 자리 표시자 { $count }개 남음
    }
    .title = 다음 자리 표시자 (F8)
status-uncommitted = 커밋하지 않은 변경 사항
    .title = 이 문서에 git에 커밋하지 않은 변경 사항이 있습니다
status-feature-branch = 이 기능의 브랜치가 체크아웃되어 있습니다
status-branch = 현재 git 브랜치
status-branch-label = 브랜치

# Problems panel
problems-title = 문제
problems-errors = 오류 { $count }개
problems-warnings = 경고 { $count }개
problems-notes = 참고 { $count }개
problems-checking = 검사하는 중…
problems-checked-against = 검사 기준: { $template }
problems-config-error = { $error } — 수정될 때까지 기본 규칙으로 검사합니다.
problems-config = 구성: { $summary }
problems-not-a-plan = 템플릿 검사는 계획에만 적용됩니다.
problems-none = 문제 없음: 이 계획은 템플릿과 일치합니다.
problems-line = { $line }행
problems-rule-help =
    .title = { $code }({ $rule })가 검사하는 내용
problems-no-help = { $code }에 대한 도움말이 없습니다: { $error }
problems-severity-error = 오류
problems-severity-warning = 경고
problems-severity-info = 정보

# A document that is not opened for editing
read-only-title = 이 문서는 편집용으로 열리지 않았습니다
read-only-text = { $why } 아무것도 변경되지 않았으며 아무것도 쓰지 않습니다.
read-only-binary = 바이너리 파일로 보입니다(NUL 바이트가 있음).
read-only-invalid-utf8 = 올바른 UTF-8 텍스트가 아닙니다.
read-only-too-large = SpecDesk가 편집할 수 있는 크기(8 MiB)보다 큽니다.
read-only-not-found = 파일이 (더 이상) 없습니다.
read-only-permission-denied = SpecDesk에 읽기 권한이 없습니다.
read-only-outside-repo = 열려 있는 저장소 밖에 있습니다.
read-only-unreadable = 읽을 수 없습니다.

## Interface: review, pipeline, branches, history, coverage (B2)


## Report diagrams (C)


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

