{{/*
Labels of every resource of one component. Argument: dict "root" (the chart context) and
"name" (the component, e.g. article-service).
*/}}
{{- define "newsroom.labels" -}}
{{ include "newsroom.selectorLabels" .name }}
app.kubernetes.io/part-of: newsroom
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end }}

{{/*
Selector labels of one component. Argument: the component name.
*/}}
{{- define "newsroom.selectorLabels" -}}
app.kubernetes.io/name: {{ . }}
{{- end }}

{{/*
Image of one service: [<registry>/]<group>/<name>:<tag>, the name given by
quarkus.container-image.group/name. Argument: dict "root" and "name".
*/}}
{{- define "newsroom.image" -}}
{{- $image := .root.Values.image -}}
{{- $repository := printf "%s/%s" $image.group .name -}}
{{- if $image.registry }}{{ $repository = printf "%s/%s" $image.registry $repository }}{{ end -}}
{{ $repository }}:{{ $image.tag | default .root.Chart.AppVersion }}
{{- end }}

{{/*
Pod securityContext: non-root with the given uid (also group and fsGroup), seccomp
RuntimeDefault. Argument: the uid.
*/}}
{{- define "newsroom.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ . }}
runAsGroup: {{ . }}
fsGroup: {{ . }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/*
Container securityContext: no privilege escalation, read-only root filesystem (writable paths
are emptyDir volumes), every capability dropped.
*/}}
{{- define "newsroom.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: ["ALL"]
{{- end }}

{{/*
Pod settings shared by every workload: no service account token, no service links, pull
secrets.
*/}}
{{- define "newsroom.podDefaults" -}}
automountServiceAccountToken: false
enableServiceLinks: false
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
{{- range . }}
  - name: {{ . }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Environment variable read from a Secret key. Argument: dict "env", "secret", "key".
*/}}
{{- define "newsroom.secretEnv" -}}
- name: {{ .env }}
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: {{ .key }}
{{- end }}

{{/*
Volume claim template "data" of a StatefulSet. Argument: the postgresql or minio values.
*/}}
{{- define "newsroom.dataVolumeClaim" -}}
volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: ["ReadWriteOnce"]
      {{- with .storageClassName }}
      storageClassName: {{ . }}
      {{- end }}
      resources:
        requests:
          storage: {{ .storage }}
{{- end }}

{{/*
NetworkPolicy peer: the pods of one component in the release's namespace. Argument: the component name.
*/}}
{{- define "newsroom.podPeer" -}}
- podSelector:
    matchLabels:
      {{- include "newsroom.selectorLabels" . | nindent 6 }}
{{- end }}

{{/*
NetworkPolicy peer: pods with these labels in another namespace (the ingress controller, Prometheus). Argument: dict
"namespace" and "podLabels".
*/}}
{{- define "newsroom.namespacedPeer" -}}
- namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ .namespace }}
  podSelector:
    matchLabels:
      {{- toYaml .podLabels | nindent 6 }}
{{- end }}
