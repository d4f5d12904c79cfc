# SpecDesk's messages in Korean (한국어): the interface, the diagnostics, the CLI and the menus.
# English (en.ftl) is the source: every id there exists here with the same variables
# (checked by tests). Rule codes, file names, branch names and user content are never translated.

## Interface: editor and shell (B1)

app-name = SpecDesk
dialog-about-title = SpecDesk { $version }
dialog-about-description = spec-kit 저장소를 위한 데스크톱 편집기: 계획, 사양, 작업을 실시간 미리 보기와 템플릿 검사로 다룹니다.
dialog-close = 닫기

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


## Core and CLI: diagnostics, rules, CLI output, menus, errors, report (A)

