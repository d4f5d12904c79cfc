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
empty-about = SpecDesk는 { $speckit } 저장소에서 작동합니다. 각 기능은 { $specs } 아래의 전용 폴더(예: { $example })에 있으며, { $plan }와 보통 { $spec }, { $tasks }, 체크리스트를 담고 있습니다.
empty-start = 여기서 첫 기능을 시작하세요. SpecDesk가 저장소의 계획 템플릿({ $template }, 없으면 기본 제공 Lite 템플릿)으로 { $plan }를 만듭니다.
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
    .title = { $code }({ $rule }) 규칙의 검사 내용
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

# Dialogs' common buttons
dialog-cancel = 취소

# Banners over the editor
conflict-text = 편집 내용을 저장하기 전에 { $path } 파일이 디스크에서 변경되었습니다. 아무것도 덮어쓰지 않았습니다.
conflict-hide-comparison = 비교 숨기기
conflict-keep-mine = 내 버전 유지
conflict-take-theirs = 디스크 버전 사용
conflict-compare-label = 내 버전(왼쪽)과 디스크의 버전(오른쪽)
conflict-yours = 내 버전(저장 안 됨)
conflict-on-disk = 디스크
conflict-your-text = 내 텍스트
conflict-disk-text = 디스크의 텍스트
compare-left = 왼쪽 텍스트
compare-right = 오른쪽 텍스트
deleted-text = { $path } 파일이 디스크에서 삭제되었습니다. 텍스트는 여기에 그대로 있습니다.
deleted-save = 저장(다시 만들기)
encoding-text = { $file } 파일은 UTF-8이 아닙니다. { $encoding }에서 디코딩해 읽기 전용으로 표시합니다. SpecDesk는 이 파일을 그대로 쓰지 않습니다.
encoding-lossy = 일부 바이트가 올바른 { $encoding } 문자가 아니어서 손실 없이 변환할 수 없습니다.
encoding-confirm = { $name } 파일을 UTF-8로 다시 쓸까요? 원본은 로컬 기록에 남습니다.
encoding-convert = 변환
encoding-convert-utf8 = UTF-8로 변환…
encoding-not-converted = 변환하지 못했습니다: { $error }
encoding-converted = { $file } 파일을 { $from }에서 UTF-8로 변환했습니다. 이제 편집할 수 있습니다.
encoding-undo = 변환 취소
encoding-not-undone = 되돌리지 못했습니다: { $error }
write-blocked-text = { $file } 파일을 읽기 전용으로 열었습니다(이유: { $why }). 이 파일에는 아무것도 쓰지 않습니다.
write-blocked-read-only-fs = 읽기 전용 파일 시스템에 있음
write-blocked-file = 이 파일을 변경할 권한 없음
write-blocked-folder = 저장에 필요한, 폴더에 파일을 만들 권한 없음
write-refused-text = { $file } 파일을 저장하지 못했습니다: { $error }. 텍스트는 여기와 복구 기록에 보관되어 있습니다. 권한을 고친 뒤 다시 저장(Ctrl+S)하거나 다른 곳에 사본을 저장하세요.
write-save-copy = 사본으로 저장…
write-copy-saved = 사본을 { $path }에 저장했습니다.
write-no-copy = 사본을 저장하지 못했습니다: { $error }

# Sidebar: deleted files that local history can restore
deleted-section = 삭제됨({ $count })
    .aria-label = 삭제됨, 복원 가능
deleted-files = 파일 { $count }개
deleted-restore = 복원
deleted-restore-feature = { $name } 기능 복원
deleted-restore-document = { $path } 복원
deleted-restored = { $prefix }의 파일 { $count }개를 복원했습니다.
deleted-not-restored = 복원하지 못했습니다: { $error }

# Closing with unsaved changes; unsaved edits of an earlier run
close-title = 닫기 전에 변경 사항을 저장할까요?
close-text =
    { $count ->
        [1] 이 문서에 저장하지 않은 변경 사항이 있습니다:
       *[other] 문서 { $count }개에 저장하지 않은 변경 사항이 있습니다:
    }
close-save = 저장
close-discard = 버리기
restore-title = 저장하지 않은 편집 내용을 복원할까요?
restore-text = SpecDesk가 저장하지 않은 변경 사항이 있는 상태로 종료되었습니다. 변경 사항은 보관되어 있으니 파일마다 처리 방법을 선택하세요.

# Links, demo reset
link-title = 이 링크를 브라우저에서 열까요?
link-open = 브라우저에서 열기
reset-demo-title = 데모 저장소 초기화
reset-demo-text = 데모 사본을 SpecDesk가 설치한 상태로 되돌립니다. 사본에서 변경한 내용은 모두 사라집니다.
reset-demo-text-unsaved = 데모 사본을 SpecDesk가 설치한 상태로 되돌립니다. 저장하지 않은 문서 { $count }개를 포함해 사본에서 변경한 내용은 모두 사라집니다.
reset-demo-not-a-copy = 여기 열린 데모는 사본이 아니라 SpecDesk에 포함된 원본이므로 초기화할 것이 없습니다.
reset-demo-failed = 초기화하지 못했습니다: { $error }
reset-demo-confirm = 데모 초기화

# New feature dialog (its title is sidebar-new-feature)
new-feature-intro = 저장소의 계획 템플릿으로 { $plan }를 만들어 기능 폴더를 생성하고, 브랜치와 날짜를 채웁니다.
new-feature-title = 제목
    .placeholder = 예: 가족과 앨범 공유
new-feature-short = 짧은 이름
    .hint = (선택 사항, 폴더 이름에 사용)
    .placeholder = 예: 앨범 공유
new-feature-type-title = 제목을 입력하면 만들어질 폴더가 표시됩니다.
new-feature-creates = 만들 폴더: { $folder }
new-feature-no-specs-dir = 저장소에 아직 specs 폴더가 없습니다. { $folder } 폴더를 만듭니다.
new-feature-same-slug = 같은 이름의 기능이 이미 있습니다: { $folder }
new-feature-also-create = 저장소의 템플릿으로 함께 만들기
new-feature-creating = 만드는 중…
new-feature-create = 만들기

# Quick open (Ctrl+P)
quick-open-label = 빠른 열기
quick-open-input =
    .aria-label = 기능 또는 문서
    .placeholder = 기능 또는 문서로 이동…
quick-open-matches = 일치 항목
quick-open-none = 일치 항목 없음

# Find in Specs (Ctrl+Shift+F)
search-title = 사양에서 찾기
search-close = 검색 닫기
search-input =
    .aria-label = 모든 사양 문서 검색
    .placeholder = 모든 사양 문서에서 찾을 텍스트…
search-case = 대/소문자 구분
    .title = 대문자와 소문자를 정확히 구분합니다
search-searching = 검색하는 중…
search-hint = 입력하면 계획, 사양, 작업, 체크리스트를 검색합니다.
search-summary = 문서 { $documents }개에서 { $hits }건 일치
search-more = 나머지는 표시하지 않음
search-skipped = 읽을 수 없는 파일 { $count }개 건너뜀
search-outside = 기능 폴더에 있지 않습니다. SpecDesk는 기능의 문서만 엽니다

# The editor and the preview
editor-source-label = Markdown 소스
editor-source-description = Tab 키로 들여씁니다. 편집기 밖으로 포커스를 옮기려면 Esc를 누른 다음 Tab 또는 Shift+Tab을 누르세요.
preview-alert-note = 참고
preview-alert-tip = 팁
preview-alert-important = 중요
preview-alert-warning = 경고
preview-alert-caution = 주의
preview-image-blocked = 원격 이미지를 불러오지 않았습니다: { $url }
preview-diagram = 다이어그램
preview-diagram-too-large = 이 다이어그램은 너무 커서 미리 보기에 그릴 수 없습니다({ $length }자, 한도 { $limit }자). 소스는 위에 표시됩니다.
preview-diagram-not-loaded = 다이어그램 렌더러를 불러오지 못했습니다: { $error }
preview-diagram-not-drawn = 다이어그램을 그리지 못했습니다.
preview-diagram-error = 다이어그램에 오류가 있습니다.

# CodeMirror's own words
cm-find = 찾기
cm-replace = 바꾸기
cm-next = 다음
cm-previous = 이전
cm-all = 모두
cm-match-case = 대/소문자 구분
cm-regexp = 정규식
cm-by-word = 단어 단위
cm-replace-one = 바꾸기
cm-replace-all = 모두 바꾸기
cm-close = 닫기
cm-current-match = 현재 일치 항목
cm-on-line = 줄
cm-replaced-matches = 일치 항목 { $count }개를 바꿨습니다
cm-replaced-match-on-line = { $line }번째 줄의 일치 항목을 바꿨습니다
cm-go-to-line = 줄로 이동
cm-go = 이동
cm-diagnostics = 문제
cm-no-diagnostics = 문제 없음
cm-folded-lines = 접은 줄
cm-unfolded-lines = 펼친 줄
cm-to = ~
cm-folded-code = 접힌 코드
cm-unfold = 펼치기
cm-fold-line = 줄 접기
cm-unfold-line = 줄 펼치기
cm-control-character = 제어 문자
cm-selection-deleted = 선택 영역을 삭제했습니다
cm-completions = 자동 완성
cm-unchanged-lines = 변경되지 않은 줄 { $count }개
cm-accept = 수락
cm-reject = 거부
cm-revert-chunk = 이 부분 되돌리기

## Interface: review, pipeline, branches, history, coverage (B2)

# Screens and scope (review/ScreenSwitch, review/ScopeSwitch)
review-screen-switch = 화면
review-screen-editor = 편집기
    .title = 한 기능의 문서를 편집합니다
review-screen-review = 검토
    .title = 모든 기능을 하나의 표로 봅니다(Ctrl+Shift+R)
review-screen-pipeline = 파이프라인
    .title = 단계별 기능
review-scope-switch = 범위
branches-scope-checkout = 이 체크아웃
    .title = 디스크에 있는 파일의 기능
branches-scope-all = 모든 브랜치
    .title = 진행 중인 모든 기능: 모든 브랜치와 워크트리를 git에서 읽습니다

# The Review screen (review/ReviewView)
review-region = 검토
review-heading-review = 검토
review-heading-pipeline = 파이프라인
review-updating = 업데이트 중…
review-refresh = 새로 고침
review-export = 보고서 내보내기…
review-dismiss = 닫기
review-error = 검토를 계산할 수 없습니다: { $message }
review-computing = 검토를 계산하는 중…
review-summary-features = 기능
review-summary-failing = 검증 실패
review-summary-diagnostics = 오류 · 경고
review-summary-placeholders = 자리 표시자
review-summary-tasks = 작업
review-summary-plan-checklists = 계획 체크리스트
review-summary-checklists = 체크리스트
review-summary-coverage = 커버된 요구 사항
review-toggle-conflict = 검토를 표시한 뒤 { $path } 파일이 변경되어 아무것도 쓰지 않았습니다. 검토가 최신 상태로 업데이트되었습니다.
review-toggle-failed = { $path } 파일을 업데이트할 수 없습니다: { $message }
review-export-failed = 보고서를 내보낼 수 없습니다: { $message }

# Filters and sort (review/ReviewFilterBar)
review-filter-bar = 기능 필터 및 정렬
review-filter-text =
    .placeholder = 번호 또는 이름으로 필터
    .aria-label = 번호 또는 이름으로 기능 필터링
review-filter-incomplete = 미완료
review-filter-errors = 오류 있음
review-filter-placeholders = 자리 표시자 있음
review-shown-all = 기능 { $total }개
review-shown-some = 기능 { $total }개 중 { $shown }개
review-sort-by = 정렬 기준
review-sort-number = 번호
review-sort-progress = 진행률
review-sort-modified = 최근 변경
review-sort-descending = 내림차순, 오름차순으로 전환
review-sort-ascending = 오름차순, 내림차순으로 전환

# The Review table (review/ReviewTable)
review-column-feature = 기능
review-column-stage = 단계
review-column-plan = 계획
review-column-plan-checklist = 계획 체크리스트
    .title = 상자를 클릭하면 plan.md에서 체크합니다. Enter 또는 Ctrl+클릭하면 해당 항목 위치에서 계획을 엽니다
review-column-tasks = 작업
    .title = 각 막대는 tasks.md의 단계입니다. 클릭하면 엽니다
review-column-checklists = 체크리스트
review-column-coverage = 커버리지
    .title = 작업으로 커버되는 spec.md의 요구 사항
review-column-modified = 최근 변경
review-age-just-now = 방금
review-open-feature = { $path } 열기
review-placeholders = 자리 표시자 { $count }개
review-check-label = { $text }({ $line }행)
review-check-title = { $text } — { $line }행. Enter 또는 Ctrl+클릭: 계획에서 열기
review-phase-untitled = 작업
review-phase-label = { $phase }: { $total }개 중 { $done }개 완료, tasks.md 열기
review-phase-title = { $phase } — { $done }/{ $total }
review-no-tasks = tasks.md 없음
review-empty = 이 필터에 맞는 기능이 없습니다.
review-stage-specified = 사양만
review-stage-planned = 계획됨
review-stage-tasks-written = 작업 작성됨
review-stage-in-progress = 진행 중
review-stage-done = 완료
review-validation-no-plan = 계획 없음
review-validation-unreadable = 읽을 수 없음
review-validation-unreadable-file = { $name }: { $reason }
review-validation-clean = 문제 없음
review-validation-errors = 오류 { $count }개
review-validation-warnings = 경고 { $count }개
review-coverage-not-traced = 추적 안 됨
review-coverage-no-tasks = 작업 없음
review-coverage-no-ids = ID 없음
review-coverage-no-spec = 사양 없음
review-coverage-traced-title = 요구 사항 { $requirements }개 중 { $covered }개가 작업으로 커버됩니다
review-coverage-no-citations-title = tasks.md가 요구 사항 ID를 인용하지 않습니다(spec.md의 요구 사항 { $requirements }개)
review-coverage-no-tasks-title = 아직 tasks.md가 없습니다(spec.md의 요구 사항 { $requirements }개)
review-coverage-no-requirements-title = spec.md에 정의된 요구 사항 ID가 없습니다
review-coverage-no-spec-title = spec.md가 없습니다

# The Pipeline (review/PipelineBoard)
pipeline-fact-tasks = 작업 { $progress }
pipeline-fact-plan = 계획 { $progress }
pipeline-fact-checklists = 체크리스트 { $progress }
pipeline-show-more = { $count }개 더 보기(남은 항목 { $remaining }개)

# All branches (review/BranchTable, review/BranchDocumentView, review/BranchActionDialog)
branches-fetch = 페치
branches-fetching = 페치 중…
branches-error = 브랜치를 읽을 수 없습니다: { $message }
branches-reading = 모든 브랜치를 읽는 중…
branches-summary = 브랜치 { $branches }개의 기능 { $features }개
branches-column-feature = 기능
branches-column-from = 출처
branches-column-stage = 단계
branches-column-plan = 계획
branches-column-plan-checklist = 계획 체크리스트
branches-column-tasks = 작업
branches-column-also-on = 다른 위치
branches-column-actions = 동작
branches-from-checkout = { $branch }(이 체크아웃)
branches-from-worktree = { $branch }(워크트리 { $path })
branches-read-only = 읽기 전용
    .title = git에서 읽음: 여기서는 편집할 수 없습니다
branches-also-on = { $branches }에도 있음
branches-checkout = 이 브랜치 체크아웃
branches-worktree = 워크트리에서 열기
branches-checkout-title = { $branch } 브랜치를 체크아웃하시겠습니까?
branches-checkout-text = 디스크에 있는 이 체크아웃의 파일이 { $branch } 브랜치의 파일로 바뀝니다(git checkout). 사양 문서에 커밋되지 않은 변경 사항이 있으면 SpecDesk는 실행하지 않습니다.
branches-checkout-confirm = 체크아웃
branches-worktree-title = { $branch } 브랜치를 새 워크트리에서 여시겠습니까?
branches-worktree-text = 다음에 선택하는 폴더에 git이 { $branch } 브랜치의 워크트리를 추가하고, SpecDesk가 편집할 수 있는 상태로 엽니다. 이 체크아웃은 변경되지 않습니다.
branches-worktree-confirm = 폴더 선택…
branches-cancel = 취소
branches-document = { $branch }의 읽기 전용 문서
branches-back = ← 모든 브랜치
branches-document-source = 출처: { $branch } · 읽기 전용
branches-compare = 이 체크아웃의 버전과 비교
branches-document-plan-checklist = 계획 체크리스트 { $progress }
branches-document-tasks = 작업 { $progress }
branches-document-diagnostics = 문제 { $count }개
branches-compare-checkout = 이 체크아웃
branches-compare-checkout-missing = 이 체크아웃(파일 없음)
branches-diff = 이 체크아웃의 버전과 { $branch }의 버전
branches-diff-checkout = 이 체크아웃의 버전
branches-diff-branch = { $branch }의 버전
branches-document-text = 텍스트(읽기 전용)
branches-severity-error = 오류
branches-severity-warning = 경고
branches-severity-info = 정보
branches-diagnostic = { $code } { $line }행: { $message }
branches-open-failed = { $branch }의 { $path } 파일을 읽을 수 없습니다: { $message }
branches-compare-failed = 이 체크아웃의 { $path } 파일을 읽을 수 없습니다: { $message }
branches-fetched = 모든 원격 저장소를 페치했습니다.
branches-fetch-failed = 페치 실패: { $message }
branches-checked-out = { $branch } 브랜치를 체크아웃했습니다.
branches-checkout-failed = 체크아웃 실패: { $message }
branches-worktree-created = { $folder }에 { $branch } 브랜치의 워크트리를 만들었습니다.
branches-worktree-failed = 워크트리에서 열기 실패: { $message }

# Local history (HistoryPanel, history.ts)
history-region = { $file } 기록
history-title = 기록
history-close = 기록 닫기
history-empty = 아직 기록된 버전이 없습니다.
history-timeline = 버전(최신순)
history-on-disk = 디스크의 버전
history-deleted-version = 이 시점에는 파일이 삭제되어 비교할 텍스트가 없습니다. 이전 버전을 선택하세요.
history-version-of = { $when } 버전({ $source })
history-current-text = 현재 텍스트
history-restore = 이 버전 복원
history-restoring = 복원 중…
history-diff = 선택한 버전(왼쪽)과 현재 텍스트(오른쪽)
history-diff-selected = 선택한 버전
history-restored = { $when } 버전을 복원했습니다. 편집기에서 실행 취소(Ctrl+Z)하면 원래 텍스트로 돌아갑니다.
history-restore-conflict = 마지막으로 확인한 뒤 디스크에서 { $file } 파일이 변경되어 아무것도 복원하지 않았습니다.
history-restore-failed = 복원하지 못했습니다: { $message }
history-source-saved = 여기서 저장
history-source-disk = 디스크에서 변경됨
history-source-restored = 복원됨
history-source-deleted = 삭제됨
history-entry-separator = { ", " }
history-lines-added = { $count }줄 추가
history-lines-removed = { $count }줄 삭제
history-size-bytes = { $size } B
history-size-kb = { $size } KB
history-size-mb = { $size } MB
history-replaced-title = { $file } 파일이 디스크에서 교체되었습니다
history-replaced-template = 이제 템플릿과 같아져서 작성한 내용이 사라졌습니다.
history-replaced-lines = 한 번에 줄의 { $percent }%가 변경되었습니다.

# Requirement coverage (CoveragePanel, coverage.ts)
coverage-region = 요구 사항 커버리지
coverage-title = 커버리지
coverage-close = 커버리지 닫기
coverage-computing = 커버리지를 계산하는 중…
coverage-column-requirement = 요구 사항
coverage-column-text = 텍스트
coverage-column-tasks = 작업
coverage-open-line = { $file }의 { $line }행 열기
coverage-open-task-done = { $file }의 { $line }행 열기(완료)
coverage-uncovered = 커버되지 않음
coverage-unknown-heading = spec.md에 정의되지 않은 ID 인용
coverage-unknown-by-task = — { $file } { $line }행의 { $task }에서 인용
coverage-unknown-by-traceability = — { $file } { $line }행의 추적 줄에서 인용
coverage-unknown-by-item = — { $file } { $line }행의 항목에서 인용
coverage-task-line = { $line }행
coverage-note-no-spec = spec.md가 없어 커버할 요구 사항이 없습니다.
coverage-note-no-requirements = spec.md에 요구 사항 ID(FR-001, SC-001 등)가 정의되어 있지 않습니다.
coverage-note-no-tasks = 요구 사항이 { $requirements }개 있고, 아직 tasks.md가 없습니다.
coverage-note-no-citations = 요구 사항이 { $requirements }개 있지만, tasks.md가 요구 사항 ID를 인용하지 않아 커버리지를 판단할 수 없습니다.
coverage-note-traced = 요구 사항 { $requirements }개 중 { $covered }개가 작업으로 커버되며, { $uncovered }개는 커버되지 않았습니다.


## Report diagrams (C)

report-diagrams-progress = 보고서의 다이어그램을 그리는 중… { $total }개 중 { $done }개
report-diagram-too-long = 이 다이어그램은 너무 커서 그릴 수 없습니다({ $length }자, 한도 { $limit }자).
report-diagram-too-big = 이 다이어그램의 그림이 너무 커서 보고서에 넣을 수 없습니다.

## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = 한국어
# How a list of names is joined in a sentence.
lang-list-separator = {", "}
# How each name of such a list is written (quoted where the language quotes names).
lang-list-item = “{ $item }”

# Counts (also used by the interface).
count-errors = 오류 { $count }개
count-warnings = 경고 { $count }개
count-infos = 정보 { $count }개

# Diagnostics of the plan rules. The quoted names are the plan's or the template's own words.
diag-sd001-missing-section = “{ $name }” 섹션이 없습니다(템플릿에서 필수)
fix-insert-section = 템플릿에서 “{ $name }” 섹션 삽입
diag-sd002-belongs-before = “{ $name }” 섹션이 템플릿 순서와 다릅니다: “{ $next }” 앞에 있어야 합니다
diag-sd002-belongs-after = “{ $name }” 섹션이 템플릿 순서와 다릅니다: “{ $previous }” 뒤에 있어야 합니다
diag-sd002-out-of-place = “{ $name }” 섹션이 템플릿 순서와 다릅니다: 위치가 맞지 않습니다
diag-sd003-unresolved = 계획에 미해결 표시가 남아 있습니다: “{ $text }”
diag-sd003-example = 예시 자리 표시자가 채워지지 않았습니다: “{ $text }”
diag-sd003-instruction = 템플릿 안내문이 채워지지 않았습니다: “{ $text }”
diag-sd003-placeholder = 채워지지 않은 자리 표시자: “{ $text }”
diag-sd004-missing-field = 헤더 필드 “{ $name }”이(가) 없습니다(템플릿: “{ $template }”)
fix-insert-header-field = 템플릿에서 헤더 필드 “{ $name }” 삽입
diag-sd004-empty-field = 헤더 필드 “{ $name }”에 값이 없습니다(템플릿: “{ $template }”)
diag-sd005-branch-mismatch = 브랜치 “{ $branch }”이(가) 기능 폴더 “{ $folder }”와(과) 일치하지 않습니다
fix-use-branch = 브랜치 “{ $branch }” 사용
diag-sd006-invalid-date = 날짜 “{ $value }”은(는) ISO 8601 날짜(YYYY-MM-DD)가 아닙니다
fix-write-date = 날짜를 { $date } 형식으로 고치기
diag-sd007-not-spec = “{ $field }” 값이 기능의 spec.md를 가리키지 않습니다
diag-sd007-other-file = “{ $field }” 값이 기능의 spec.md가 아닌 다른 파일을 가리킵니다: “{ $target }”
diag-sd007-other-feature = “{ $field }” 값이 이 기능의 spec.md가 아닌 다른 파일을 가리킵니다: “{ $target }”(예상: { $expected })
diag-sd007-no-spec = 기능 폴더에 spec.md가 없습니다
diag-sd008-table-header = “{ $section }”의 표 머리글이 템플릿과 다릅니다. 예상: { $header }
fix-table-header = 템플릿의 표 머리글 사용
diag-sd009-table-cells = 표 행의 셀은 { $cells }개인데 머리글은 { $header }개입니다
diag-sd010-missing-label = “{ $section }”에 “**{ $label }**” 항목이 없습니다(템플릿에서 필수)
diag-sd011-empty-label = “**{ $label }**” 항목이 비어 있습니다
diag-sd012-renamed = 체크리스트 항목 “{ $item }”의 이름이 바뀌었습니다. 템플릿: “{ $expected }”
fix-template-wording = 템플릿 문구 사용
diag-sd012-missing = “{ $section }”에 체크리스트 항목이 없습니다: “{ $item }”
fix-add-checklist-item = 체크리스트 항목 추가
diag-sd013-broken-link = 링크 대상이 존재하지 않습니다: “{ $target }”
diag-sd014-missing-subsection = “{ $parent }”에 “{ $name }” 하위 섹션이 없습니다(템플릿에서 필수)
diag-sd015-missing-title = 계획에 제목이 없습니다. 템플릿의 첫 줄: “# { $title }”
fix-insert-title = 템플릿의 제목 삽입
diag-sd016-unknown-branch = 이 git 저장소에 없는 브랜치입니다: “{ $branch }”
diag-sd017-not-following = 템플릿을 따르지 않습니다: 필수 섹션 { $required }개 중 { $found }개만 있습니다. 없는 섹션: { $missing }
diag-sd017-not-following-found = 템플릿을 따르지 않습니다: 필수 섹션 { $required }개 중 { $found }개만 있습니다({ $present }). 없는 섹션: { $missing }

# The rules: what each checks, in one sentence.
rule-sd001-summary = 템플릿에서 필수인 H2 섹션이 없습니다(템플릿이 조건부로 표시한 섹션은 생략할 수 있습니다).
rule-sd002-summary = 템플릿 섹션이 템플릿의 순서와 다른 위치에 있습니다.
rule-sd003-summary = 템플릿의 자리 표시자가 남아 있습니다: [FEATURE], [DATE], [link], [e.g., …], 대괄호로 묶인 템플릿 안내문, NEEDS CLARIFICATION, 또는 템플릿에서 그대로 복사한 자리 표시자 텍스트.
rule-sd004-summary = 템플릿의 헤더 필드(예: **Branch**, **Date**)가 없거나 값이 비어 있습니다.
rule-sd005-summary = Branch 값이 이 기능의 폴더 이름과 다릅니다.
rule-sd006-summary = Date 값이 ISO 8601 날짜(YYYY-MM-DD)가 아닙니다.
rule-sd007-summary = Spec/Input 필드가 이 기능의 spec.md를 가리키지 않거나 spec.md가 없습니다.
rule-sd008-summary = 표의 머리글이 같은 섹션에 있는 템플릿 표의 머리글과 다릅니다(열을 추가하는 것은 괜찮습니다).
rule-sd009-summary = 표 행의 셀 수가 머리글의 셀 수와 다릅니다.
rule-sd010-summary = 템플릿에서 필수인 레이블 줄(예: **Goal**)이 섹션에 없습니다.
rule-sd011-summary = 템플릿의 레이블 줄(예: **Goal**)은 있지만 내용이 비어 있습니다.
rule-sd012-summary = 템플릿의 상태 체크리스트 항목이 없거나 이름이 바뀌었습니다.
rule-sd013-summary = 상대 링크가 존재하지 않는 파일을 가리킵니다.
rule-sd014-summary = 템플릿에서 필수인 H3 하위 섹션이 해당 섹션에 없습니다.
rule-sd015-summary = 템플릿에는 H1 제목이 있지만 계획에는 없습니다.
rule-sd016-summary = Branch 값이 로컬 git 저장소에 없는 브랜치를 가리킵니다(git 정보가 있고 저장소에 로컬 브랜치가 있을 때만 검사합니다).
rule-sd017-summary = 계획에 템플릿의 필수 섹션이 거의 없습니다: 빠진 부분마다 문제를 보고하는 대신, 템플릿을 얼마나 따르는지 알려 주는 문제 하나만 보고합니다.
# Severities as the rule documentation names them.
rule-severity-error = 오류
rule-severity-warning = 경고
rule-severity-info = 정보

# Errors, after the path they are about.
error-not-found = { $path }: 찾을 수 없습니다
error-permission-denied = { $path }: 권한이 없습니다
error-not-utf8 = { $path }: { $reason }. SpecDesk는 UTF-8 텍스트만 편집합니다
error-binary = { $path }: 바이너리 파일로 보입니다(NUL 바이트 포함)
error-too-large = { $path }: { $size }바이트로 { $limit }바이트 제한을 넘습니다
error-outside-repo = { $path }: 열린 저장소 밖에 있습니다
error-not-a-directory = { $path }: 폴더가 아닙니다
error-is-a-directory = { $path }: 파일이 아니라 폴더입니다
error-conflict = { $path }: 읽은 뒤 디스크에서 변경되었습니다
error-already-exists = { $path }: 이미 있습니다
error-corrupt = { $path }: 손상됨: { $detail }
error-invalid = 잘못된 입력: { $detail }
error-watch = { $path }: 변경 감시 실패: { $detail }
error-not-allowed = { $path }: SpecDesk는 시작할 때 지정한 저장소나 사용자가 선택한 저장소만 엽니다
error-internal = 내부 오류: { $detail }
error-uncommitted-specs = 커밋하지 않은 변경 사항이 있는 사양 문서가 { $count }개 있습니다({ $files }). 다른 브랜치를 체크아웃하기 전에 커밋하거나 stash하세요
error-not-a-branch = { $branch }: 브랜치 이름이 아닙니다
error-no-repository = 열린 저장소가 없습니다
error-no-demo-copy = 여기서 연 데모는 편집할 수 있는 기본 제공 데모이므로 초기화할 사본이 없습니다
error-feature-needs-title = 새 기능에는 제목이 필요합니다
error-search-empty = 찾을 내용을 입력하세요
error-search-too-long = 검색어는 최대 { $bytes }바이트의 한 줄이어야 합니다
error-not-a-version-id = `{ $id }`은(는) 버전 ID가 아닙니다(history 목록에 나오는 16진수 { $digits }자리 이상)
error-no-such-version = 이 저장소의 기록에 버전 `{ $id }`이(가) 없습니다
error-ambiguous-version = 버전 ID `{ $id }`에 해당하는 버전이 여럿입니다. 자릿수를 더 입력하세요
error-demo-is-bundled = 연 데모가 기본 제공 데모 자체이므로 초기화할 사본이 없습니다
# Why a document could not be read.
error-reason-not-utf8 = UTF-8이 아님({ $encoding }(으)로 보임)
error-reason-invalid-utf8 = 올바른 UTF-8이 아님({ $offset }번째 바이트)
error-reason-binary = 바이너리(NUL 바이트 포함)
error-reason-too-large = 너무 큼({ $size }바이트, { $limit }바이트 제한 초과)
error-reason-permission = 읽을 수 없음(권한 없음)
error-reason-missing = 없음
error-reason-directory = 폴더임
error-reason-unreadable = 읽을 수 없음({ $detail })

# The native menu bar (the shortcut in parentheses is the editor's own).
menu-file = 파일
menu-edit = 편집
menu-view = 보기
menu-help = 도움말
menu-language = 언어
menu-language-system = 시스템 기본값
menu-open-folder = 폴더 열기…
menu-quick-open = 빠른 열기…
menu-save = 저장
menu-close-tab = 탭 닫기
menu-new-feature = 새 기능…
menu-export-report = 보고서 내보내기…
menu-export-document = 문서를 HTML로 내보내기…
menu-quit = 종료
menu-undo = 실행 취소 (Ctrl+Z)
menu-redo = 다시 실행 (Ctrl+Shift+Z)
menu-find = 찾기 (Ctrl+F)
menu-find-in-specs = 사양에서 찾기…
menu-next-placeholder = 다음 자리 표시자 (F8)
menu-previous-placeholder = 이전 자리 표시자 (Shift+F8)
menu-view-editor = 편집기만
menu-view-split = 편집기와 미리 보기
menu-view-preview = 미리 보기만
menu-toggle-problems = 문제
menu-zoom-in = 확대
menu-zoom-out = 축소
menu-zoom-reset = 실제 크기
menu-reload = 저장소 다시 불러오기
menu-view-review = 검토 대시보드
menu-view-pipeline = 파이프라인
menu-help-spec-kit = spec-kit 정보…
menu-reset-demo = 데모 저장소 초기화…
menu-about = SpecDesk 정보

# specdesk-cli's text output (its JSON stays English).
cli-error = specdesk-cli: 오류: { $message }
cli-level-error = 오류
cli-level-warning = 경고
cli-level-info = 정보
cli-fix-help = 수정 제안: { $title }
cli-unreadable = { $path }: { $reason } - 검사할 수 없습니다
cli-unreadable-convert = { $path }: { $reason } - 검사할 수 없습니다(UTF-8로 변환하세요. 예: SpecDesk의 “UTF-8로 변환”)
cli-checked-against = { $path }: 검사 기준: { $template }
cli-configuration = 설정: { $config }
cli-check-summary = { $root }의 계획 { $plans }개를 검사했습니다(기준: { $template }): { $errors }, { $warnings }
cli-check-summary-unreadable = { $root }의 계획 { $plans }개를 검사했습니다(기준: { $template }): { $errors }, { $warnings }, 읽을 수 없음 { $unreadable }개
cli-template-builtin-lite = 내장 Lite 템플릿
cli-template-builtin-full = 내장 spec-kit 템플릿
cli-template-builtins = 내장 템플릿(각 계획은 따르는 템플릿으로 검사)
cli-template-stack = 템플릿 스택: { $layers }
cli-template-stack-over = {" > "}
cli-config-defaults = 기본값({ $file } 없음)
cli-config-defaults-because = 기본값. 이유: { $error }
cli-config-ignores = 제외 { $paths }
cli-config-roots = 루트 { $paths }
cli-config-template = 템플릿 { $path }
cli-no-template = 저장소에 계획 템플릿이 없습니다. 새 계획은 내장 Lite 템플릿으로 시작하고, 각 계획은 따르는 내장 템플릿(Lite 또는 spec-kit)으로 검사합니다
cli-no-template-note = specdesk-cli: { $root }: { $reason }. 아래는 내장 Lite 템플릿입니다
cli-created = 만들었습니다: { $path }
cli-unknown-rule = “{ $rule }” 규칙이 없습니다. `specdesk-cli rules`에서 목록을 볼 수 있습니다(SD001~{ $last })
cli-status-feature = 기능
cli-status-plan = 계획
cli-status-plan-checklist = 계획 체크리스트
cli-status-tasks = 작업
cli-status-checklists = 체크리스트
cli-status-no-plan = 계획 없음
cli-status-unreadable = 읽을 수 없음
cli-status-clean = 문제 없음
cli-status-counts = { $errors }, { $warnings }
cli-status-document-unreadable = { $name }: { $reason }
cli-status-summary = 기능 { $features }개, 계획 { $plans }개; 작업 { $tasks }; 계획 체크리스트 { $checklists }; { $errors }, { $warnings }
cli-status-unreadable-documents = 읽을 수 없는 문서 { $count }개:

# The native file dialogs' titles and file types.
menu-dialog-open-repository = spec-kit 저장소 열기
menu-dialog-export-report = 검토 보고서 내보내기
menu-dialog-export-document = 문서를 HTML로 내보내기
menu-dialog-save-copy = 사본으로 저장
menu-dialog-worktree-folder = { $branch } 워크트리를 만들 폴더
menu-filter-html-report = HTML 보고서
menu-filter-markdown-report = Markdown 보고서
menu-filter-any-file = 모든 파일

# The review report (File ▸ Export Report…): Markdown or HTML.
report-title = 사양 검토: { $name }
report-generated = 생성: { $when }
report-diagram-sources-note = 다이어그램 원본: SpecDesk가 내보내는 보고서(검토 ▸ 보고서 내보내기…)에서 그려집니다.
report-diagram-not-drawn = 이 다이어그램은 그려지지 않았습니다(내보내는 동안 문서가 바뀌었습니다).
report-diagram-undrawable = 이 다이어그램을 그릴 수 없습니다.
report-diagram-drawing-too-large = 이 다이어그램의 그림이 너무 커서 넣을 수 없습니다({ $size }, 한도 { $limit }).
report-diagram-over-budget = 보고서의 다이어그램이 크기 한도({ $limit })에 이르러 이 다이어그램은 원본으로 표시합니다.
report-diagram-label = 다이어그램: { $title }
report-summary = 기능 { $features }개, 계획 { $plans }개; 검증 실패 { $failing }개; { $errors }, { $warnings }; 작업 { $tasks }; 계획 체크리스트 { $planChecklists }; 체크리스트 { $checklists }; 요구 사항 커버리지 { $coverage }
report-stages = 단계: { $stages }
report-stage-specified = 사양만 있음
report-stage-planned = 계획됨
report-stage-tasks-written = 작업 작성됨
report-stage-in-progress = 진행 중
report-stage-done = 완료
report-feature = 기능
report-plan = 계획
report-stage = 단계
report-plan-checklist = 계획 체크리스트
report-tasks = 작업
report-checklists = 체크리스트
report-coverage = 커버리지
report-last-change = 마지막 변경
report-progress = 진행률
report-validation = 검증
report-placeholders = 채워지지 않은 자리 표시자
report-before-any-phase = (단계 이전)
report-checklist = 체크리스트 { $name }
report-no-tasks-file = tasks.md 없음
report-open-items = 완료되지 않은 계획 체크리스트 항목:
report-no-plan = 계획 없음
report-unreadable = 읽을 수 없음
report-unreadable-plan = { $name }: { $reason }
report-clean = 문제 없음
report-counts = { $errors }, { $warnings }
report-coverage-traced = { $requirements }개 중 { $covered }개 커버됨
report-coverage-not-traced = 추적되지 않음(요구 사항 { $requirements }개)
report-coverage-no-tasks = 작업 없음(요구 사항 { $requirements }개)
report-coverage-no-ids = 요구 사항 ID 없음
report-coverage-no-spec = 사양 없음
report-from-checkout = { $name }(이 체크아웃)
report-from-worktree = { $name }(워크트리 { $path })

# specdesk-cli coverage and history (text output).
cli-coverage-no-spec = spec.md 없음
cli-coverage-no-ids = spec.md에 요구 사항 ID가 없습니다
cli-coverage-no-tasks = 요구 사항 { $requirements }개, 아직 tasks.md 없음
cli-coverage-no-citations = 요구 사항 { $requirements }개. { $tasks }에서 요구 사항 ID를 인용하지 않아 커버리지를 판단할 수 없습니다
cli-coverage-traced = 요구 사항 { $requirements }개 중 { $covered }개가 작업으로 커버됨({ $kinds }). 작업 { $total }개 중 { $citing }개가 요구 사항 ID를 인용함
cli-coverage-other = 기타
cli-coverage-task = 작업
cli-coverage-traceability-line = 추적 줄
cli-coverage-checklist-item = 체크리스트 항목
cli-coverage-uncovered = 미커버
cli-coverage-unknown = 알 수 없음
cli-coverage-duplicate = 중복
cli-coverage-covered = 커버됨
cli-coverage-cited-by = { $what }에서 인용했지만 { $file }에 정의되어 있지 않음
cli-coverage-defined-at = 이미 { $line }번째 줄에 정의됨
cli-coverage-line = { $line }번째 줄
cli-coverage-summary = 기능 { $features }개, 요구 사항 ID를 인용하는 작업이 있는 기능 { $traced }개: 요구 사항 { $requirements }개, 커버됨 { $covered }개, 미커버 { $uncovered }개
cli-coverage-untraced = 작업이 요구 사항 ID를 인용하지 않는 기능 { $count }개
cli-coverage-without-tasks = tasks.md가 없는 기능 { $count }개
cli-coverage-unknown-citations = 알 수 없는 인용 { $count }개
cli-coverage-duplicates = 중복 정의 { $count }개
cli-coverage-separator = {"; "}
cli-coverage-ids = (ID: { $prefixes })

# specdesk-cli status --all-branches (text output).
cli-portfolio-from = 출처
cli-portfolio-also-on = 다른 위치
cli-portfolio-summary = 브랜치 { $branches }개에 기능 { $features }개; { $stages }
cli-portfolio-note = 참고: { $note }
cli-history-saved = 여기서 저장
cli-history-disk = 디스크에서 변경
cli-history-restored = 복원됨
cli-history-deleted = 삭제됨
cli-history-the-repository = 저장소
cli-history-none = { $path }의 기록이 없습니다(SpecDesk는 앱에서 저장소를 열어 둔 동안 버전을 기록합니다)
cli-history-versions = { $path } — 버전 { $count }개
cli-history-versions-gone = { $path } — 버전 { $count }개  (디스크에 없음)
cli-history-restore-hint = 복원하려면: specdesk-cli history PATH --restore ID
cli-history-nothing-to-restore = 복원할 것이 없습니다. 기록이 있는 파일이 모두 디스크에 있습니다
cli-history-already = { $path }은(는) 이미 버전 { $id }입니다
cli-history-restored-to = { $path }을(를) 버전 { $id }(으)로 복원했습니다({ $when }, { $source })
cli-history-undo = 되돌리려면: specdesk-cli history { $path } --restore { $id }
cli-history-no-data-dir = 앱의 데이터 폴더를 찾을 수 없습니다. { $variable }(또는 HOME)을 설정하세요
cli-history-other-file = 버전 { $id }은(는) { $target }이 아니라 { $path }의 버전입니다
