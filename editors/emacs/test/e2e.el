;;; e2e.el --- ReportLSP through eglot, end to end, in emacs --batch  -*- lexical-binding: t; -*-

;; Run by scripts/test-editors:
;;   REPORT_LSP_BIN=/path/to/report-lsp REPORT_LSP_DIR=$(mktemp -d) \
;;     emacs --batch -l editors/emacs/report-lsp.el -l editors/emacs/test/e2e.el
;; Settings are set after loading report-lsp.el (as use-package's :config does); a report under a folder
;; with .reportlsp.json gets the server and its findings, with the severity from report-lsp-settings;
;; an org file, a non-report text file and a report-looking file elsewhere are told apart.

(require 'flymake)

(defvar report-lsp-e2e-failures 0)

(defun report-lsp-e2e-check (description ok)
  (message "%s %s" (if ok "ok  " "FAIL") description)
  (unless ok (setq report-lsp-e2e-failures (1+ report-lsp-e2e-failures))))

(defun report-lsp-e2e-write (path text)
  (make-directory (file-name-directory path) t)
  (with-temp-file path (insert text)))

(defun report-lsp-e2e-wait (predicate seconds)
  "Wait until PREDICATE is non-nil, for at most SECONDS; return its value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(let* ((binary (getenv "REPORT_LSP_BIN"))
       (root (file-name-as-directory (getenv "REPORT_LSP_DIR")))
       (reports (expand-file-name "reports/" root))
       (report (expand-file-name "report.txt" reports))
       (notes (expand-file-name "notes.org" reports))
       (elsewhere (expand-file-name "elsewhere/" root))
       (titled (expand-file-name "自评.txt" elsewhere))
       (shopping (expand-file-name "list.txt" elsewhere)))
  ;; Changed after loading report-lsp.el: must still be what the server starts with.
  (setq report-lsp-program binary)
  (setq report-lsp-settings '(:severity (:N104 "error")))
  (report-lsp-e2e-write (expand-file-name ".reportlsp.json" reports) "{}\n")
  (report-lsp-e2e-write report "依据青财绩[2024]3号文件开展自评。\n")
  (report-lsp-e2e-write notes "* 依据青财绩[2024]3号\n")
  (report-lsp-e2e-write titled "白石镇2023年度部门整体支出绩效自评报告\n正文。\n")
  (report-lsp-e2e-write shopping "买菜。\n")

  (with-current-buffer (find-file-noselect titled)
    (report-lsp-e2e-check "a .txt whose first line is a report title is a report" (report-lsp-report-file-p)))
  (with-current-buffer (find-file-noselect shopping)
    (report-lsp-e2e-check "other .txt files are not" (not (report-lsp-report-file-p))))
  (with-current-buffer (find-file-noselect notes)
    (report-lsp-e2e-check "an org file beside the reports is not" (not (report-lsp-report-file-p))))

  (with-current-buffer (find-file-noselect report)
    (report-lsp-e2e-check "the report is a report" (report-lsp-report-file-p))
    ;; eglot-ensure connects from post-command-hook, which --batch never runs.
    (run-hooks 'post-command-hook)
    (report-lsp-e2e-check "eglot started report-lsp"
                          (report-lsp-e2e-wait (lambda () (eglot-current-server)) 30))
    (report-lsp-e2e-check "with the program set after loading"
                          (equal (car (process-command (jsonrpc--process (eglot-current-server)))) binary))
    (let ((finding (report-lsp-e2e-wait
                    (lambda ()
                      ;; flymake asks its backends from timers that --batch does not run while waiting.
                      (flymake-start)
                      (cl-find-if (lambda (d) (string-match-p "N104" (format "%s" (flymake-diagnostic-text d))))
                                  (flymake-diagnostics)))
                    60)))
      (report-lsp-e2e-check "the N104 finding arrived" finding)
      (report-lsp-e2e-check "as an error, from report-lsp-settings read at start"
                            (and finding (eq (flymake-diagnostic-type finding) 'eglot-error)))))

  (dolist (path (list notes shopping))
    (with-current-buffer (find-file-noselect path)
      (run-hooks 'post-command-hook)
      (report-lsp-e2e-check (format "%s has no server" (file-name-nondirectory path))
                            (not (bound-and-true-p eglot--managed-mode)))))

  (ignore-errors (eglot-shutdown (with-current-buffer (get-file-buffer report) (eglot-current-server))))
  (kill-emacs (if (zerop report-lsp-e2e-failures) 0 1)))
;;; e2e.el ends here
