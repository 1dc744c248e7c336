;;; report-lsp.el --- ReportLSP for Emacs through eglot  -*- lexical-binding: t; -*-

;; Load this file (or `use-package' it with `:load-path'); report buffers then start ReportLSP through
;; eglot by themselves. Set the options below before or after loading: they are read when a server
;; starts, so `M-x eglot-reconnect' applies a change to a running server (or `M-x report-lsp-update-settings'
;; for `report-lsp-settings' alone).
;;
;; Only report files get the server: by default `.txt' and `.md' files under a folder with a
;; `.reportlsp.json', or whose first lines look like a report title (see `report-lsp-report-file-predicate').
;; Works with the eglot of Emacs 29+ and with Debian's elpa-eglot on Emacs 28.

(require 'cl-lib)
(require 'subr-x)
(require 'eglot)

(defgroup report-lsp nil "ReportLSP language server." :group 'tools)

(defcustom report-lsp-program "report-lsp"
  "The report-lsp executable: a name on `exec-path' or an absolute path."
  :type 'string)

(defcustom report-lsp-settings nil
  "ReportLSP settings: the keys of .reportlsp.json as a plist (vectors for arrays), for example
\\='(:disabledRules [\"L106\"] :severity (:A101 \"error\") :gazetteerPath \"/data/townships.csv\")."
  :type 'sexp)

(defcustom report-lsp-report-file-predicate #'report-lsp-report-file-p
  "Function of no arguments, called in a buffer: non-nil when ReportLSP should check it."
  :type 'function)

(defcustom report-lsp-title-regexp "\\(?:绩效\\|自评\\|评价\\|决算\\).*报告"
  "A report title: `report-lsp-report-file-p' looks for it in the first lines of a file."
  :type 'regexp)

(defcustom report-lsp-title-lines 5
  "How many lines from the top `report-lsp-report-file-p' searches for `report-lsp-title-regexp'."
  :type 'integer)

(defclass report-lsp-server (eglot-lsp-server) ()
  :documentation "An eglot connection to report-lsp.")

(cl-defmethod eglot-initialization-options ((_server report-lsp-server))
  "The settings as they are when the server starts."
  (or report-lsp-settings (make-hash-table)))

(defun report-lsp--contact (&optional _interactive)
  "How eglot starts the server, read when it starts."
  (list 'report-lsp-server report-lsp-program "serve"))

(defun report-lsp-report-file-p ()
  "Non-nil when the current buffer visits a report: a .txt or .md file under a folder with a
.reportlsp.json, or whose first lines match `report-lsp-title-regexp'."
  (and buffer-file-name
       (member (downcase (or (file-name-extension buffer-file-name) "")) '("txt" "md"))
       (or (locate-dominating-file buffer-file-name ".reportlsp.json")
           (save-excursion
             (save-restriction
               (widen)
               (goto-char (point-min))
               (re-search-forward report-lsp-title-regexp
                                  (line-end-position report-lsp-title-lines) t))))
       t))

(defun report-lsp-maybe-start ()
  "Start ReportLSP through eglot when `report-lsp-report-file-predicate' says this buffer is a report.
The server is registered for this buffer only, so other text buffers keep their own servers."
  (when (funcall report-lsp-report-file-predicate)
    (setq-local eglot-server-programs
                (cons (cons major-mode #'report-lsp--contact) (default-value 'eglot-server-programs)))
    (eglot-ensure)))

(defun report-lsp--workspace-configuration (original server &rest arguments)
  "Answer `workspace/configuration' for a report-lsp SERVER with `report-lsp-settings' under reportLSP."
  (let ((configuration (apply original server arguments)))
    (if (cl-typep server 'report-lsp-server)
        (append (list :reportLSP (or report-lsp-settings (make-hash-table))) configuration)
      configuration)))

(when (fboundp 'eglot--workspace-configuration-plist)
  (advice-add 'eglot--workspace-configuration-plist :around #'report-lsp--workspace-configuration))

(defun report-lsp--keep-to-reports (original &rest arguments)
  "Let a report-lsp server manage report buffers only.
eglot hands every buffer of a project's major mode to the server running for it; a note in
`text-mode' beside the reports stays unmanaged unless `report-lsp-report-file-predicate' accepts it."
  (let ((server (ignore-errors (eglot-current-server))))
    (unless (and (cl-typep server 'report-lsp-server) (not (funcall report-lsp-report-file-predicate)))
      (apply original arguments))))

(when (fboundp 'eglot--maybe-activate-editing-mode)
  (advice-add 'eglot--maybe-activate-editing-mode :around #'report-lsp--keep-to-reports))

(defun report-lsp-update-settings ()
  "Send the current `report-lsp-settings' to the running report-lsp servers."
  (interactive)
  (dolist (server (cl-remove-duplicates (apply #'append (hash-table-values eglot--servers-by-project))))
    (when (cl-typep server 'report-lsp-server)
      (eglot-signal-didChangeConfiguration server))))

;; markdown-mode and other text modes run text-mode-hook too.
(add-hook 'text-mode-hook #'report-lsp-maybe-start)

(provide 'report-lsp)
;;; report-lsp.el ends here
