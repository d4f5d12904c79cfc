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


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

# Languages: each file names its own language (the language menus list them so).
lang-name = 한국어
# How a list of names is joined in a sentence.
lang-list-separator = {", "}

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
menu-find-in-specs = 사양 문서에서 찾기…
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
